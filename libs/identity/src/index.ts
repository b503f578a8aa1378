export { type Actor, type IdentityContext, type Role } from './context';
export { resolveActor, type Requirement } from './resolve-actor';
export { getMe } from './get-me';
export { registerProfile, type RegisterInput, type RegisteringApi } from './register-profile';
export { ensureProfile } from './ensure-profile';
export { updateProfile, type ProfileChanges } from './update-profile';
export { logout } from './logout';
export { authRoutes } from './auth-routes';
export { createIdentityContext, authenticator, type ClerkSettings } from './create-identity-context';
