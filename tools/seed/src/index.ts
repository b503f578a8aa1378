// @salon/seed: demo data for local development and demos.

export { seedDemoData } from './seed-demo-data';
export { DEMO_USERS, type DemoUser } from './demo-data/users';
