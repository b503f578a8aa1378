export { freePort } from './free-port';
export { waitForPort } from './wait-for-port';
