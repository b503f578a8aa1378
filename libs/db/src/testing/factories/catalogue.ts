import { services } from '../../schema/services';
import { shops } from '../../schema/shops';
import { staff } from '../../schema/staff';
import { staffServices } from '../../schema/staff-services';
import { weeklyHours } from '../../schema/weekly-hours';
import {
  type Database,
  type NewService,
  type NewShop,
  type NewStaff,
  type NewWeeklyHours,
  type Service,
  type Shop,
  type Staff,
  type WeeklyHours,
} from '../../types';
import { makeOwner } from './people';
import { singleRow, uniqueSuffix } from './unique';

/** Inserts a London shop (GBP); creates its owner unless `ownerId` is given. */
export async function makeShop(db: Database, overrides: Partial<NewShop> = {}): Promise<Shop> {
  const ownerId = overrides.ownerId ?? (await makeOwner(db)).id;
  const values: NewShop = { name: `Test Salon ${uniqueSuffix()}`, timeZone: 'Europe/London', currency: 'GBP', city: 'London', ...overrides, ownerId };
  return singleRow(await db.insert(shops).values(values).returning());
}

/** Inserts a 30-minute £25 service; creates a shop unless `shopId` is given. */
export async function makeService(db: Database, overrides: Partial<NewService> = {}): Promise<Service> {
  const shopId = overrides.shopId ?? (await makeShop(db)).id;
  const values: NewService = { name: 'Haircut', priceMinor: 2500, durationMinutes: 30, ...overrides, shopId };
  return singleRow(await db.insert(services).values(values).returning());
}

/** {@link makeStaff} input: a staff row's columns plus the services they perform. */
export type MakeStaffInput = Partial<NewStaff> & { serviceIds?: string[] };

/** Inserts a staff member and their `staff_services` rows; creates a shop unless `shopId` is given. */
export async function makeStaff(db: Database, input: MakeStaffInput = {}): Promise<Staff> {
  const { serviceIds = [], ...overrides } = input;
  const shopId = overrides.shopId ?? (await makeShop(db)).id;
  const values: NewStaff = { displayName: `Stylist ${uniqueSuffix()}`, ...overrides, shopId };
  const member = singleRow(await db.insert(staff).values(values).returning());
  if (serviceIds.length > 0) {
    await db.insert(staffServices).values(serviceIds.map((serviceId) => ({ shopId, staffId: member.id, serviceId })));
  }
  return member;
}

/** Inserts a weekday 09:00–17:00 window (shop hours unless `staffId` is given); needs a shop. */
export async function makeWeeklyHours(
  db: Database,
  overrides: Partial<NewWeeklyHours> & Pick<NewWeeklyHours, 'shopId'>,
): Promise<WeeklyHours> {
  const values: NewWeeklyHours = { rrule: 'FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR', startLocal: '09:00', endLocal: '17:00', ...overrides };
  return singleRow(await db.insert(weeklyHours).values(values).returning());
}
