import { createThrottledWarning } from './throttled-warning';

describe('createThrottledWarning', () => {
  it('logs the first failure, then once per interval with the count it held back', () => {
    let nowMs = 0;
    const lines: Record<string, unknown>[] = [];
    const logger = { warn: (details: Record<string, unknown>) => lines.push(details), info: () => {} };
    const warn = createThrottledWarning(logger, 'down', 60_000, () => nowMs);
    warn(new Error('1'));
    for (let i = 0; i < 5; i += 1) warn(new Error('again'));
    expect(lines).toHaveLength(1);
    nowMs = 60_000;
    warn(new Error('later'));
    expect(lines).toHaveLength(2);
    expect(lines[1]).toMatchObject({ suppressed: 5 });
  });
});
