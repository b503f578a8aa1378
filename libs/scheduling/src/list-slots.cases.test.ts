import { buildInput, weekly, type Setup } from './_test/build-input';
import { listSlots } from './list-slots';
import { type DateRange } from './types';

type Case = {
  name: string;
  setup: Setup;
  range: DateRange;
  starts: string[];
  localStarts?: string[];
};

const at = (...times: string[]): string[] => times.map((time) => `${time}:00.000Z`);

// A "window on a date" from scheduling-cases.md, as a weekly rule and as a date override: both
// routes must give the same answer.
function dayWindow(timeZone: string, byDay: string, date: string, start: string, end: string) {
  return {
    rule: { timeZone, staff: [{ id: 'ann', rules: [weekly(byDay, start, end)] }] },
    override: {
      timeZone,
      staff: [{ id: 'ann', rules: [] }],
      overrides: [{ date, staffId: 'ann', kind: 'open' as const, windows: [{ start, end }] }],
    },
  };
}

const case2 = dayWindow('Europe/London', 'SU', '2026-03-29', '00:00', '04:00');
const case3 = dayWindow('America/New_York', 'SU', '2026-11-01', '00:00', '04:00');
const case4 = dayWindow('America/Santiago', 'SU', '2026-09-06', '00:00', '03:00');
const case5 = dayWindow('Australia/Lord_Howe', 'SU', '2026-10-04', '01:00', '04:00');
const case6 = dayWindow('Australia/Sydney', 'SU', '2026-04-05', '01:00', '04:00');
const case7 = dayWindow('Asia/Kathmandu', 'MO', '2026-06-01', '10:00', '11:00');
const halfHourly = { service: { durationMinutes: 30 }, policy: { slotIntervalMinutes: 30 } };
const case9Setup: Setup = {
  timeZone: 'Europe/London',
  staff: [{ id: 'ann', rules: [weekly('MO', '09:00', '12:00')] }],
  service: { durationMinutes: 60, bufferAfterMinutes: 15 },
  policy: { slotIntervalMinutes: 15 },
  // The booking 09:00–10:00 local holds ann until 10:15 local (buffer after included).
  occupied: [{ staffId: 'ann', bookingId: 'b1', start: '2026-06-01T08:00:00Z', end: '2026-06-01T09:15:00Z' }],
};

const CASES: Case[] = [
  {
    name: '1 London weekly Monday across the spring change',
    setup: { timeZone: 'Europe/London', staff: [{ id: 'ann', rules: [weekly('MO', '09:00', '12:00')] }] },
    range: { from: '2026-03-23', to: '2026-03-30' },
    starts: at('2026-03-23T09:00', '2026-03-23T10:00', '2026-03-23T11:00', '2026-03-30T08:00', '2026-03-30T09:00', '2026-03-30T10:00'),
  },
  ...(['rule', 'override'] as const).flatMap((route): Case[] => [
    {
      name: `2 London missing 01:00 (${route})`,
      setup: case2[route],
      range: { from: '2026-03-29', to: '2026-03-29' },
      starts: at('2026-03-29T00:00', '2026-03-29T01:00', '2026-03-29T02:00'),
      localStarts: ['2026-03-29T00:00:00+00:00', '2026-03-29T02:00:00+01:00', '2026-03-29T03:00:00+01:00'],
    },
    {
      name: `3 New York repeated 01:00 (${route})`,
      setup: case3[route],
      range: { from: '2026-11-01', to: '2026-11-01' },
      starts: at('2026-11-01T04:00', '2026-11-01T05:00', '2026-11-01T06:00', '2026-11-01T07:00', '2026-11-01T08:00'),
      localStarts: [
        '2026-11-01T00:00:00-04:00',
        '2026-11-01T01:00:00-04:00',
        '2026-11-01T01:00:00-05:00',
        '2026-11-01T02:00:00-05:00',
        '2026-11-01T03:00:00-05:00',
      ],
    },
    {
      name: `4 Santiago missing midnight (${route})`,
      setup: case4[route],
      range: { from: '2026-09-06', to: '2026-09-06' },
      starts: at('2026-09-06T04:00', '2026-09-06T05:00'),
      localStarts: ['2026-09-06T01:00:00-03:00', '2026-09-06T02:00:00-03:00'],
    },
    {
      name: `5 Lord Howe 30-minute jump (${route})`,
      setup: { ...case5[route], ...halfHourly },
      range: { from: '2026-10-04', to: '2026-10-04' },
      starts: at('2026-10-03T14:30', '2026-10-03T15:00', '2026-10-03T15:30', '2026-10-03T16:00', '2026-10-03T16:30'),
      localStarts: [
        '2026-10-04T01:00:00+10:30',
        '2026-10-04T01:30:00+10:30',
        '2026-10-04T02:30:00+11:00',
        '2026-10-04T03:00:00+11:00',
        '2026-10-04T03:30:00+11:00',
      ],
    },
    {
      name: `6 Sydney falls back 03:00 → 02:00 (${route})`,
      setup: case6[route],
      range: { from: '2026-04-05', to: '2026-04-05' },
      starts: at('2026-04-04T14:00', '2026-04-04T15:00', '2026-04-04T16:00', '2026-04-04T17:00'),
    },
    {
      name: `7 Kathmandu +05:45 (${route})`,
      setup: case7[route],
      range: { from: '2026-06-01', to: '2026-06-01' },
      starts: at('2026-06-01T04:15'),
      localStarts: ['2026-06-01T10:00:00+05:45'],
    },
  ]),
  {
    name: '8 Berlin weekly Tuesday, 12-22 closed by override',
    setup: {
      timeZone: 'Europe/Berlin',
      staff: [{ id: 'ann', rules: [weekly('TU', '09:00', '17:00')] }],
      overrides: [{ date: '2026-12-22', kind: 'closed' }],
    },
    range: { from: '2026-12-22', to: '2026-12-29' },
    starts: at(...['08', '09', '10', '11', '12', '13', '14', '15'].map((hour) => `2026-12-29T${hour}:00`)),
  },
  {
    name: '9 London 15-minute grid after a booking with a 15-minute buffer',
    setup: case9Setup,
    range: { from: '2026-06-01', to: '2026-06-01' },
    starts: at('2026-06-01T09:15', '2026-06-01T09:30', '2026-06-01T09:45', '2026-06-01T10:00'),
    localStarts: ['2026-06-01T10:15:00+01:00', '2026-06-01T10:30:00+01:00', '2026-06-01T10:45:00+01:00', '2026-06-01T11:00:00+01:00'],
  },
  {
    name: '10 as 9 with 120 minutes of notice at 08:50 local',
    setup: { ...case9Setup, now: '2026-06-01T07:50:00Z', policy: { slotIntervalMinutes: 15, minNoticeMinutes: 120 } },
    range: { from: '2026-06-01', to: '2026-06-01' },
    starts: at('2026-06-01T10:00'),
    localStarts: ['2026-06-01T11:00:00+01:00'],
  },
];

describe('listSlots: scheduling-cases.md 1–10', () => {
  it.each(CASES)('case $name', ({ setup, range, starts, localStarts }) => {
    const result = listSlots(buildInput(setup), range);
    if (!result.ok) throw new Error(result.error.message);
    expect(result.value.map((slot) => slot.start)).toEqual(starts);
    if (localStarts) expect(result.value.map((slot) => slot.localStart)).toEqual(localStarts);
    for (const slot of result.value) {
      expect(slot.staffIds).toEqual(['ann']);
      expect(slot.localDate).toBe(slot.localStart.slice(0, 10));
    }
  });
});
