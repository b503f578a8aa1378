import { orderStatusHistory } from './order-status-history';

const at = (iso: string) => new Date(iso);

describe('orderStatusHistory', () => {
  it('orders by time, and follows the from → to chain among rows of the same instant', () => {
    const same = at('2026-06-01T12:00:00Z');
    const created = { fromStatus: null, toStatus: 'pending' as const, createdAt: same };
    const confirmed = { fromStatus: 'pending' as const, toStatus: 'confirmed' as const, createdAt: same };
    const cancelled = { fromStatus: 'confirmed' as const, toStatus: 'cancelled' as const, createdAt: at('2026-06-02T12:00:00Z') };
    expect(orderStatusHistory([cancelled, confirmed, created])).toEqual([created, confirmed, cancelled]);
    expect(orderStatusHistory([confirmed, created])).toEqual([created, confirmed]);
  });

  it('keeps rows that break the chain, by time, without mutating its input', () => {
    const rows = [
      { fromStatus: 'confirmed' as const, toStatus: 'confirmed' as const, createdAt: at('2026-06-01T13:00:00Z') },
      { fromStatus: null, toStatus: 'confirmed' as const, createdAt: at('2026-06-01T12:00:00Z') },
    ];
    const copy = [...rows];
    expect(orderStatusHistory(rows)).toEqual([copy[1], copy[0]]);
    expect(rows).toEqual(copy);
  });
});
