import { cacheKeys } from './index';

const SHOP = '0b0f4c8e-3c55-4c1e-9d54-0d6f0c9a1e11';

describe('cacheKeys', () => {
  it('spells the seed keys', () => {
    expect(cacheKeys.subscription('user_1')).toBe('subscription:user_1');
    expect(cacheKeys.searchPage('AbC-_1')).toBe('search:AbC-_1');
    expect(cacheKeys.shop(SHOP, 7, 'services', 20, undefined)).toBe(`shop:${SHOP}:v7:services:20:`);
    expect(cacheKeys.slots({ shopId: SHOP, date: '2026-12-01', version: 3, serviceId: 's1' })).toBe(`slots:${SHOP}:2026-12-01:v3:s1::`);
    expect(cacheKeys.slots({ shopId: SHOP, date: '2026-12-01', version: 3, serviceId: 's1', staffId: 'a', weeklyHoursId: 'w' })).toBe(
      `slots:${SHOP}:2026-12-01:v3:s1:a:w`,
    );
  });

  it('never lets a part forge a separator', () => {
    const forged = cacheKeys.slots({ shopId: 'x:2026-12-01:v9', date: 'd', version: 1, serviceId: 's' });
    expect(forged.split(':')).toHaveLength(7);
    expect(cacheKeys.subscription('a:b')).toBe('subscription:a%3Ab');
  });
});
