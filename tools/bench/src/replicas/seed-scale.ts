import { services, sql, type Database } from '@salon/db';
import { CITIES, generateShops, type GeneratedShop } from '../customer-http/generate-shops';
import { seedShops } from '../customer-http/seed-shops';
import { rowsOf } from '../owner-http/rows-of';

/** Shops per region: the five generated cities at today's density; more shops = more regions. */
export const REGION_SIZE = 1_000;

/**
 * Growth as a marketplace grows: more places, not more shops on the same streets. Shop i goes
 * to region floor(i / 1,000); region 0 is the generated cities as they are, region r > 0 is the
 * same layout moved to another part of the map with " r" after each city name. So a search
 * near a point or in a city of region 0 finds the same shops at 1,000 and at 100,000 shops.
 */
export function spreadIntoRegions(shops: GeneratedShop[]): { shops: GeneratedShop[]; cityName: (shop: GeneratedShop, index: number) => string } {
  const moved = shops.map((shop, index) => {
    const region = Math.floor(index / REGION_SIZE);
    if (region === 0) return shop;
    // Latitude shifts of -30..+24° and longitude shifts of -100..+62° (never 0): no region overlaps region 0 or another.
    return { ...shop, lat: shop.lat - 30 + (region % 10) * 6, lng: shop.lng - 100 + Math.floor(region / 10) * 18 };
  });
  return { shops: moved, cityName: (shop, index) => (index < REGION_SIZE ? CITIES[shop.city]!.name : `${CITIES[shop.city]!.name} ${Math.floor(index / REGION_SIZE)}`) };
}

/** Seeds `shopCount` generated shops spread into regions; returns the shop ids in order and the date closed shops are closed. */
export async function seedScaleShops(db: Database, input: { ownerId: string; shopCount: number; closedDate: string }): Promise<string[]> {
  const generated = generateShops({ shopCount: input.shopCount });
  const spread = spreadIntoRegions(generated.shops);
  const shopIds = await seedShops(db, { ownerId: input.ownerId, shops: spread.shops, services: generated.services, closedDate: input.closedDate });
  // Region names after the insert (seedShops writes the generated city's name).
  const renamed = spread.shops.flatMap((shop, index) => (index < REGION_SIZE ? [] : [{ id: shopIds[index], city: spread.cityName(shop, index) }]));
  for (let first = 0; first < renamed.length; first += 10_000) {
    const chunk = renamed.slice(first, first + 10_000);
    await db.execute(sql`update shops s set city = r.city from json_to_recordset(${JSON.stringify(chunk)}::json) as r(id uuid, city text) where s.id = r.id`);
  }
  return shopIds;
}

/** The first service (by id) of each shop, for slot requests. */
export async function firstServiceOf(db: Database, shopIds: string[]): Promise<Map<string, string>> {
  const rows = rowsOf<{ shop_id: string; id: string }>(await db.execute(sql`
    select distinct on (shop_id) shop_id, id from ${services} where shop_id = any(${`{${shopIds.join(',')}}`}::uuid[]) order by shop_id, id`));
  return new Map(rows.map((row) => [row.shop_id, row.id]));
}
