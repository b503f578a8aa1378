import { PaginationQuerySchema } from './pagination';

describe('PaginationQuerySchema.limit', () => {
  const limit = (value?: string) => PaginationQuerySchema.safeParse(value === undefined ? {} : { limit: value });

  it('reads decimal digits and defaults to 20', () => {
    expect([limit('5').data?.limit, limit('100').data?.limit, limit().data?.limit]).toEqual([5, 100, 20]);
  });

  it('refuses what z.coerce.number() would read as another number: hex, binary, exponents, an empty field', () => {
    for (const value of ['0x10', '0b11', '1e1', '', ' 5', '5.0', '101', '0']) {
      expect({ value, ok: limit(value).success }).toEqual({ value, ok: false });
    }
    expect(limit('0x10').error?.issues[0]?.message).toBe('Expected a whole number from 1 to 100.');
  });
});
