import { randomUUID } from 'node:crypto';
import { dateOverrides, services, shops, sql, staff, staffServices, weeklyHours, type Database } from '@salon/db';
import { CITIES, type GeneratedService, type GeneratedShop } from './generate-shops';

const CHUNK = 5_000;
const MON_SAT = 'FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR,SA';

async function inChunks<T>(rows: T[], insert: (chunk: T[]) => Promise<unknown>): Promise<void> {
  for (let first = 0; first < rows.length; first += CHUNK) await insert(rows.slice(first, first + CHUNK));
}

/**
 * Inserts the generated shops for `ownerId` in bulk (one JSON parameter per chunk): services,
 * 1–3 staff per shop who perform all its services, weekly hours for the shop and each stylist,
 * and a shop-wide closure on `closedDate` for the shops marked so. Returns the shop ids in order.
 */
export async function seedShops(db: Database, input: { ownerId: string; shops: GeneratedShop[]; services: GeneratedService[]; closedDate: string }): Promise<string[]> {
  const shopIds = input.shops.map(() => randomUUID());
  await inChunks(input.shops.map((shop, index) => ({ ...shop, index })), (chunk) => db.execute(sql`
    insert into ${shops} (id, owner_id, name, time_zone, currency, city, postal_code, country_code, latitude, longitude)
    select r.id, ${input.ownerId}, r.name, r.time_zone, r.currency, r.city, r.postal_code, r.country_code, r.lat, r.lng
    from json_to_recordset(${JSON.stringify(chunk.map((shop) => {
      const city = CITIES[shop.city]!;
      return { id: shopIds[shop.index], name: shop.name, time_zone: city.timeZone, currency: city.country === 'GB' ? 'GBP' : 'EUR', city: city.name,
        postal_code: shop.postalCode, country_code: city.country, lat: shop.lat, lng: shop.lng };
    }))}::json) as r(id uuid, name text, time_zone text, currency text, city text, postal_code text, country_code text, lat float8, lng float8)`));
  await inChunks(input.services, (chunk) => db.execute(sql`
    insert into ${services} (shop_id, name, category, price_minor, duration_minutes)
    select r.shop_id, r.name, r.category, r.price_minor, r.duration_minutes
    from json_to_recordset(${JSON.stringify(chunk.map((service) => ({ ...service, shop_id: shopIds[service.shop], price_minor: service.priceMinor, duration_minutes: service.durationMinutes })))}::json)
      as r(shop_id uuid, name text, category text, price_minor int, duration_minutes int)`));
  const staffRows = input.shops.flatMap((shop, index) => Array.from({ length: shop.staffCount }, (_, n) => ({ shop_id: shopIds[index], display_name: `Stylist ${n + 1}` })));
  await inChunks(staffRows, (chunk) => db.execute(sql`
    insert into ${staff} (shop_id, display_name)
    select r.shop_id, r.display_name from json_to_recordset(${JSON.stringify(chunk)}::json) as r(shop_id uuid, display_name text)`));
  // Everything below is derived in SQL from the rows just written; the bench's other shops have none yet.
  await db.execute(sql`insert into ${staffServices} (shop_id, staff_id, service_id) select st.shop_id, st.id, s.id from ${staff} st join ${services} s on s.shop_id = st.shop_id`);
  await db.execute(sql`
    insert into ${weeklyHours} (shop_id, staff_id, rrule, start_local, end_local)
    select id, null::uuid, ${MON_SAT}, '08:00', '20:00' from ${shops}
    union all select shop_id, id, ${MON_SAT}, '09:00', '18:00' from ${staff}`);
  const closed = shopIds.filter((_, index) => input.shops[index]!.closedOnDate);
  await db.execute(sql`
    insert into ${dateOverrides} (shop_id, staff_id, date, is_closed)
    select id, null, ${input.closedDate}::date, true from unnest(${`{${closed.join(',')}}`}::uuid[]) as id`);
  return shopIds;
}
