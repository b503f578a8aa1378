// @salon/seed: demo data for local development and demos.

export { seedDemoData, DEMO_SHOPS } from './seed-demo-data';
export { DEMO_USERS, type DemoUser } from './demo-data/users';
export { type DemoShop, type DemoBooking } from './demo-data/types';
