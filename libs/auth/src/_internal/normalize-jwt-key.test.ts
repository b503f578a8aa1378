import { createPublicKey, generateKeyPairSync } from 'node:crypto';
import { normalizeJwtKey } from './normalize-jwt-key';

const rsa = (modulusLength: number) =>
  generateKeyPairSync('rsa', {
    modulusLength,
    publicKeyEncoding: { type: 'spki', format: 'pem' },
    privateKeyEncoding: { type: 'pkcs8', format: 'pem' },
  }).publicKey;

const pem = rsa(2048);

describe('normalizeJwtKey', () => {
  it('keeps a canonical SPKI PEM as it is', () => {
    expect(normalizeJwtKey(pem)).toBe(pem);
  });

  it.each([
    ['on one line', pem.replace(/\n/g, '')],
    ['with literal \\n escapes', pem.replace(/\n/g, '\\n')],
    ['with CRLF line ends', pem.replace(/\n/g, '\r\n')],
    ['as PKCS#1', createPublicKey(pem).export({ type: 'pkcs1', format: 'pem' }).toString()],
  ])('rebuilds a key %s into the canonical PEM', (_label, variant) => {
    expect(normalizeJwtKey(variant)).toBe(pem);
  });

  it('refuses text that is not a key', () => {
    expect(() => normalizeJwtKey('not a key')).toThrow(/jwtKey is not a PEM public key/);
    expect(() => normalizeJwtKey('')).toThrow(/jwtKey/);
  });

  it('refuses RSA keys of another size, which Clerk would silently mis-read', () => {
    expect(() => normalizeJwtKey(rsa(3072))).toThrow(/RSA-2048/);
  });

  it('refuses non-RSA keys', () => {
    const ec = generateKeyPairSync('ec', { namedCurve: 'P-256' }).publicKey.export({ type: 'spki', format: 'pem' });
    expect(() => normalizeJwtKey(ec.toString())).toThrow(/RSA-2048/);
  });
});
