import { validateLocalWindows } from './validate-local-windows';

describe('validateLocalWindows: replacement windows of a date override', () => {
  it('accepts windows that touch, and returns them sorted by start', () => {
    const windows = [
      { start: '14:00', end: '24:00' },
      { start: '09:00', end: '12:00' },
      { start: '12:00', end: '13:00' },
    ];
    expect(validateLocalWindows(windows)).toEqual({
      ok: true,
      value: [windows[1], windows[2], windows[0]],
    });
  });

  it('accepts an overnight window (its end is on the next date) beside a morning one', () => {
    const windows = [{ start: '22:30', end: '01:30' }, { start: '01:00', end: '03:00' }];
    expect(validateLocalWindows(windows)).toEqual({ ok: true, value: [windows[1], windows[0]] });
  });

  it('accepts no windows (the contract decides whether that is allowed)', () => {
    expect(validateLocalWindows([])).toEqual({ ok: true, value: [] });
  });

  it.each([
    ['overlapping windows', [{ start: '09:00', end: '13:00' }, { start: '12:00', end: '15:00' }], 'invalid_window', 'windows[1]', /overlaps windows\[0\]/],
    ['overlap listed out of order', [{ start: '12:00', end: '15:00' }, { start: '18:00', end: '19:00' }, { start: '09:00', end: '13:00' }], 'invalid_window', 'windows[2]', /overlaps windows\[0\]/],
    ['the same window twice', [{ start: '09:00', end: '10:00' }, { start: '09:00', end: '10:00' }], 'invalid_window', 'windows[1]', /overlaps/],
    ['an end equal to its start', [{ start: '10:00', end: '10:00' }], 'invalid_window', 'windows[0].end', /differ from its start/],
    ['an overnight window overlapping the evening', [{ start: '22:00', end: '02:00' }, { start: '23:00', end: '23:30' }], 'invalid_window', 'windows[1]', /overlaps windows\[0\]/],
    ['25:00', [{ start: '09:00', end: '25:00' }], 'invalid_time', 'windows[0].end', /HH:mm/],
    ['24:00 as a start', [{ start: '24:00', end: '24:00' }], 'invalid_time', 'windows[0].start', /HH:mm/],
    ['a window that is not an object', ['09:00-10:00'], 'invalid_type', 'windows[0]', /object/],
  ])('refuses %s, naming the window', (_name, windows, code, path, message) => {
    expect(validateLocalWindows(windows as never)).toEqual({ ok: false, error: { code, path, message: expect.stringMatching(message) } });
  });

  it('refuses a value that is not an array without throwing', () => {
    expect(validateLocalWindows('09:00' as never)).toMatchObject({ ok: false, error: { code: 'invalid_type', path: 'windows' } });
  });
});
