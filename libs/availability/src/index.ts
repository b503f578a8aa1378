export { loadShopSchedule, type ShopSchedule } from './load-shop-schedule';
export { loadService } from './load-service';
export { listServiceSlots } from './list-service-slots';
export { listWorkingDays } from './list-working-days';
export { checkServiceSlot } from './check-service-slot';
export { checkServiceVisit } from './check-service-visit';
export { listServiceVisitSlots } from './list-service-visit-slots';
export { checkRange } from './_internal/check-range';
