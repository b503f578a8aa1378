import { generateShops } from './generate-shops';

describe('generateShops', () => {
  it('is deterministic for a seed', () => {
    expect(generateShops({ shopCount: 50 })).toEqual(generateShops({ shopCount: 50 }));
    expect(generateShops({ shopCount: 50, seed: 7 })).not.toEqual(generateShops({ shopCount: 50 }));
  });

  it('makes 10 services per shop, 1–3 staff, coordinates in range', () => {
    const { shops, services } = generateShops({ shopCount: 200 });
    expect(services).toHaveLength(2000);
    for (const shop of shops) {
      expect(shop.staffCount).toBeGreaterThanOrEqual(1);
      expect(shop.staffCount).toBeLessThanOrEqual(3);
      expect(Math.abs(shop.lat)).toBeLessThanOrEqual(90);
    }
    expect(shops.some((shop) => shop.closedOnDate)).toBe(true);
  });
});
