import { listSlots } from '@salon/scheduling';
import { generateShop } from './generate-shop';

describe('generateShop (the bench fixture)', () => {
  const { input, services } = generateShop({ staffCount: 10, bookings: 5000, days: 90, instants: 'date' });

  it('builds 10 staff, 30 services and 5,000 bookings that never overlap per staff member', () => {
    expect(input.staff).toHaveLength(10);
    expect(services).toHaveLength(30);
    expect(input.occupied).toHaveLength(5000);
    const seen = new Set(input.occupied.map((range) => `${range.staffId}/${(range.start as Date).getTime()}`));
    expect(seen.size).toBe(5000);
  });

  it('is a valid engine input with slots in the queried week', () => {
    const result = listSlots(input, { from: '2026-04-06', to: '2026-04-12' });
    expect(result.ok && result.value.length).toBeGreaterThan(0);
  });

  it('is the same shop on every run', () => {
    const again = generateShop({ staffCount: 10, bookings: 5000, days: 90, instants: 'string' });
    expect(again.input.occupied.map((range) => range.start)).toEqual(
      input.occupied.map((range) => (range.start as Date).toISOString()),
    );
  });
});
