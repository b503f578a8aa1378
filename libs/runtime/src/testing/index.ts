export { createTestApi, type TestApi } from './create-test-api';
export { runAuthRouteTests, errorEnvelope } from './auth-route-tests';
export { runHostileInputTests } from './hostile-input-tests';
export { runNulByteTests, type NulByteRoute } from './nul-byte-tests';
export { runRouteSecurityTests, type SecuredRoute } from './route-security-tests';
export { startTypedClient } from './typed-client';
export { runCorsTests } from './cors-tests';
export { spawnApp, type SpawnedApp } from './spawn-app';
export { spawnWorker, type SpawnedWorker } from './spawn-worker';
