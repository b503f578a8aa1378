export { freePort } from './free-port';
export { waitForPort } from './wait-for-port';
export { rawExchange } from './raw-exchange';
