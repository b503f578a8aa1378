// Times slot queries of @salon/scheduling on a generated shop. Run: npx tsx tools/bench/src/scheduling.ts
import os from 'node:os';
import { checkSlot, listSlots, listVisitSlots, type ScheduleInput, type VisitInput } from '@salon/scheduling';
import { FIRST_DAY, generateShop, type ShopOptions } from './scheduling/generate-shop';
import { measure, type Timing } from './scheduling/measure';

const QUERY_FROM = '2026-04-06'; // a Monday five weeks into the 90 booked days
const BUDGET_MS = 1200;

const addDays = (date: string, days: number): string =>
  new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

function shop(options: Partial<ShopOptions>): ScheduleInput {
  return generateShop({ staffCount: 10, bookings: 5000, days: 90, instants: 'date', ...options }).input;
}

function listQuery(input: ScheduleInput, days: number): () => number {
  const range = { from: QUERY_FROM, to: addDays(QUERY_FROM, days - 1) };
  return () => {
    const result = listSlots(input, range);
    if (!result.ok) throw new Error(`${result.error.path}: ${result.error.message}`);
    return result.value.length;
  };
}

const us = (value: number): string => `${value.toFixed(0).padStart(7)} us`;

function report(label: string, subject: () => unknown, baseline: () => unknown): Timing {
  const timing = measure(subject, BUDGET_MS);
  const base = measure(baseline, BUDGET_MS);
  const ratio = (timing.medianUs / base.medianUs).toFixed(2);
  console.log(
    `${label.padEnd(44)} median ${us(timing.medianUs)}  p99 ${us(timing.p99Us)}  ` +
      `| baseline median ${us(base.medianUs)}  x${ratio}  (${timing.samples} samples)`,
  );
  return timing;
}

function main(): void {
  const cpu = os.cpus()[0]?.model ?? 'unknown CPU';
  console.log(`@salon/scheduling bench on ${cpu}, ${os.cpus().length} cores, Node ${process.version}`);
  console.log(`Shop: Europe/London, 30 services, bookings from ${FIRST_DAY} over 90 days; query from ${QUERY_FROM}.`);
  console.log('Baseline: the same query on the same shop without bookings (noise cancels in the ratio),');
  console.log('except under "Total bookings", where it is the 10 staff x 7 days query with 5,000 Date bookings.\n');

  const busy = shop({});
  const empty = shop({ bookings: 0 });
  const slotCount = listQuery(busy, 7)();
  console.log(`10 staff, 5,000 bookings: ${slotCount} slots in 7 days.`);
  let headline: Timing | undefined;
  for (const days of [1, 7, 30]) {
    const timing = report(`10 staff x ${days} day(s), 5,000 bookings`, listQuery(busy, days), listQuery(empty, days));
    if (days === 7) headline = timing;
  }
  console.log('');
  for (const staffCount of [1, 10, 100]) {
    const bookings = staffCount * 500;
    report(
      `${staffCount} staff x 7 days, ${bookings.toLocaleString('en-US')} bookings`,
      listQuery(shop({ staffCount, bookings }), 7),
      listQuery(shop({ staffCount, bookings: 0 }), 7),
    );
  }
  console.log('\nTotal bookings in the shop (same density in the queried week):');
  const history = shop({ bookings: 50_000, days: 900 });
  report('10 staff x 7 days, 50,000 bookings / 900 days', listQuery(history, 7), listQuery(busy, 7));
  report('10 staff x 7 days, bookings as ISO strings', listQuery(shop({ instants: 'string' }), 7), listQuery(busy, 7));
  console.log('\nProcessing time (issue 13): a 90-minute colour, 30 active + 45 processing + 15 active:');
  const colour = { durationMinutes: 90, segments: [{ kind: 'active' as const, minutes: 30 }, { kind: 'processing' as const, minutes: 45 }, { kind: 'active' as const, minutes: 15 }] };
  const withColour = (input: ScheduleInput): ScheduleInput => ({ ...input, service: { ...input.service, ...colour } });
  report('10 staff x 7 days, colour with processing', listQuery(withColour(busy), 7), listQuery(withColour(empty), 7));
  console.log('\nSeveral services in one visit (issue 13): services[0] then a 60-minute second service, anyone free:');
  const visitQuery = (input: ScheduleInput): (() => number) => {
    const { service, ...rest } = input;
    const second = { ...service, durationMinutes: 60, bufferBeforeMinutes: 0 };
    const visit: VisitInput = { ...rest, lines: [{ service: { ...service, bufferAfterMinutes: 0 } }, { service: second }] };
    const range = { from: QUERY_FROM, to: addDays(QUERY_FROM, 6) };
    return () => {
      const result = listVisitSlots(visit, range);
      if (!result.ok) throw new Error(`${result.error.path}: ${result.error.message}`);
      return result.value.length;
    };
  };
  report('10 staff x 7 days, two-service visit', visitQuery(busy), listQuery(busy, 7));
  console.log('\nThe check booking creation calls (one start, its local date only):');
  const start = '2026-04-08T13:00:00Z';
  report('checkSlot, 10 staff, 5,000 bookings', () => checkSlot(busy, { start }), () => checkSlot(empty, { start }));

  console.log(`\nbench scheduling: 10 staff x 7 days median ${Math.round(headline?.medianUs ?? Number.NaN)} us`);
}

main();
