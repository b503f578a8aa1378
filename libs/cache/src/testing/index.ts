export { startRedisServer, type TestRedisServer } from './start-redis-server';
