import { createPublicKey, type KeyObject } from 'node:crypto';

const PEM_ARMOUR = /-----(BEGIN|END) ([A-Z ]+)-----/g;

function parseKey(text: string): KeyObject {
  // Env files often hold the PEM on one line, sometimes with literal "\n" escapes; rebuild the DER.
  const unescaped = text.replace(/\\n/g, '\n');
  const label = /-----BEGIN ([A-Z ]+)-----/.exec(unescaped)?.[1];
  const body = unescaped.replace(PEM_ARMOUR, '').replace(/\s+/g, '');
  const type = label === 'RSA PUBLIC KEY' ? 'pkcs1' : 'spki';
  return createPublicKey({ key: Buffer.from(body, 'base64'), format: 'der', type });
}

/**
 * Checks the configured key once and returns it as a canonical SPKI PEM.
 *
 * Why: Clerk's networkless path does not parse the PEM. It strips the armour and a fixed
 * RSA-2048/e=65537 DER prefix and suffix as text to get the modulus, so a 4096-bit key, a PKCS#1
 * ("RSA PUBLIC KEY") PEM or a PEM with literal "\n" escapes all give a wrong key silently, and then
 * every token fails as 'bad-signature'. Refusing such a key at start-up names the real problem.
 *
 * @throws Error when the text is not an RSA-2048 public key with exponent 65537.
 */
export function normalizeJwtKey(text: string): string {
  let key: KeyObject;
  try {
    key = parseKey(text);
  } catch {
    throw new Error('jwtKey is not a PEM public key (expected the PEM Public Key from the Clerk dashboard).');
  }
  const details = key.asymmetricKeyDetails;
  if (key.asymmetricKeyType !== 'rsa' || details?.modulusLength !== 2048 || details.publicExponent !== 65537n) {
    throw new Error('jwtKey must be an RSA-2048 key with exponent 65537: the only shape Clerk verifies networklessly.');
  }
  return key.export({ type: 'spki', format: 'pem' }).toString();
}
