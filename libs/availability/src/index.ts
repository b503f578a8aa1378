export { loadShopSchedule, type ShopSchedule } from './load-shop-schedule';
export { loadService } from './load-service';
export { loadShopService } from './load-shop-service';
export { listServiceSlots } from './list-service-slots';
export { listSlotsForShops } from './list-slots-for-shops';
export { listWorkingDays } from './list-working-days';
export { checkServiceSlot } from './check-service-slot';
export { checkRange } from './_internal/check-range';
