import { z } from 'zod';
import { ConfigError, apiEnvShape, loadConfig, port } from './index';

const PEM = '-----BEGIN PUBLIC KEY-----\\nMIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA\\n-----END PUBLIC KEY-----';

describe('loadConfig', () => {
  const schema = z.object({ ...apiEnvShape, OWNER_API_PORT: port(3001) });

  it('applies defaults and turns escaped newlines of a PEM key into real ones', () => {
    const config = loadConfig(schema, { CLERK_JWT_KEY: PEM });
    expect(config.OWNER_API_PORT).toBe(3001);
    expect(config.LOG_LEVEL).toBe('info');
    expect(config.DATABASE_URL).toBeUndefined();
    expect(config.CLERK_JWT_KEY.split('\n')).toHaveLength(3);
  });

  it('treats an empty value as unset', () => {
    expect(loadConfig(schema, { CLERK_JWT_KEY: PEM, DATABASE_URL: '' }).DATABASE_URL).toBeUndefined();
  });

  it('defaults rate limits and accepts redis:// and rediss:// URLs only', () => {
    const config = loadConfig(schema, { CLERK_JWT_KEY: PEM });
    expect(config.REDIS_URL).toBeUndefined();
    expect(config).toMatchObject({ RATE_LIMIT_PER_MINUTE: 300, RATE_LIMIT_PER_IP_PER_MINUTE: 1200 });
    for (const url of ['redis://127.0.0.1:6379', 'rediss://:secret@cache.example.com:6380/0']) {
      expect(loadConfig(schema, { CLERK_JWT_KEY: PEM, REDIS_URL: url }).REDIS_URL).toBe(url);
    }
    expect(() => loadConfig(schema, { CLERK_JWT_KEY: PEM, REDIS_URL: 'http://cache:6379' })).toThrow(/REDIS_URL/);
    expect(() => loadConfig(schema, { CLERK_JWT_KEY: PEM, RATE_LIMIT_PER_MINUTE: '0' })).toThrow(/RATE_LIMIT_PER_MINUTE/);
  });

  it('defaults the database pool to session mode with 10 connections and refuses other modes', () => {
    expect(loadConfig(schema, { CLERK_JWT_KEY: PEM })).toMatchObject({ DATABASE_POOL_MODE: 'session', DATABASE_POOL_SIZE: 10 });
    const pooled = loadConfig(schema, { CLERK_JWT_KEY: PEM, DATABASE_POOL_MODE: 'transaction', DATABASE_POOL_SIZE: '4' });
    expect(pooled).toMatchObject({ DATABASE_POOL_MODE: 'transaction', DATABASE_POOL_SIZE: 4 });
    expect(() => loadConfig(schema, { CLERK_JWT_KEY: PEM, DATABASE_POOL_MODE: 'statement' })).toThrow(/DATABASE_POOL_MODE/);
    expect(() => loadConfig(schema, { CLERK_JWT_KEY: PEM, DATABASE_POOL_SIZE: '0' })).toThrow(/DATABASE_POOL_SIZE/);
  });

  it('reads CORS_ORIGINS as a list of bare origins, defaulting to the local portal', () => {
    expect(loadConfig(schema, { CLERK_JWT_KEY: PEM }).CORS_ORIGINS).toEqual(['http://localhost:3000']);
    const origins = loadConfig(schema, { CLERK_JWT_KEY: PEM, CORS_ORIGINS: 'https://portal.example.com, http://127.0.0.1:5173' });
    expect(origins.CORS_ORIGINS).toEqual(['https://portal.example.com', 'http://127.0.0.1:5173']);
    for (const bad of ['https://portal.example.com/', 'portal.example.com', 'https://a.example/path', '*']) {
      expect(() => loadConfig(schema, { CLERK_JWT_KEY: PEM, CORS_ORIGINS: bad })).toThrow(/CORS_ORIGINS/);
    }
  });

  it('names every bad variable in one error', () => {
    const attempt = () =>
      loadConfig(schema, { OWNER_API_PORT: 'seventy', DATABASE_URL: 'mysql://x', LOG_LEVEL: 'loud' });
    expect(attempt).toThrow(ConfigError);
    try {
      attempt();
    } catch (error) {
      const message = (error as ConfigError).message;
      for (const name of ['OWNER_API_PORT', 'DATABASE_URL', 'LOG_LEVEL', 'CLERK_JWT_KEY']) {
        expect(message).toContain(name);
      }
    }
  });
});
