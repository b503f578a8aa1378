import { CITIES, generateShops } from '../customer-http/generate-shops';
import { REGION_SIZE, spreadIntoRegions } from './seed-scale';

// The scale phase only compares like with like if region 0 (the shops the requests are about) is
// the same at 1,000 and 100,000 shops: no other region may land on its streets.
describe('spreadIntoRegions', () => {
  const { shops } = generateShops({ shopCount: 100 * REGION_SIZE });
  const spread = spreadIntoRegions(shops);

  it('keeps region 0 as generated and puts no other shop within about 50 km of a region-0 city centre', () => {
    expect(spread.shops.slice(0, REGION_SIZE)).toEqual(shops.slice(0, REGION_SIZE));
    // Region 0's shops lie within ±0.14° lat / ±0.23° lng of their centre, the searches within 5 km of it.
    const near = spread.shops.slice(REGION_SIZE).filter((s) => CITIES.some((c) => Math.abs(s.lat - c.lat) < 0.5 && Math.abs(s.lng - c.lng) < 0.8));
    expect(near).toEqual([]);
  });

  it('stays on the map and names other regions\' cities apart', () => {
    expect(spread.shops.every((s) => Math.abs(s.lat) < 90 && Math.abs(s.lng) < 180)).toBe(true);
    expect(spread.cityName(spread.shops[0]!, 0)).toBe('London');
    expect(spread.cityName(spread.shops[55 * REGION_SIZE]!, 55 * REGION_SIZE)).toBe('London 55');
  });
});
