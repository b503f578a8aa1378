import path from 'node:path';

/** The repository root (tools/build/src → ../../..). */
export const REPO_ROOT = path.resolve(__dirname, '../../..');

/**
 * The only packages a client bundle may import at run time. They are the consumer's own
 * dependencies (peerDependencies), so the app and the client share one zod and one ts-rest.
 * Anything else (express, drizzle, pino, node: builtins, a new dependency of a contract) fails the build.
 */
export const ALLOWED_PEERS = ['zod', '@ts-rest/core'] as const;

export type ClientPackage = {
  /** npm name of the published package. */
  name: string;
  version: string;
  /** Folder of the contract lib (relative to the repo root) whose src/index.ts is bundled as is. */
  contractLib: string;
  /** The contract router the README's example uses; the package exports whatever the index exports. */
  contractExport: string;
  /** Who installs it and which API it talks to, for package.json and README. */
  audience: string;
  api: string;
  defaultBaseUrl: string;
  exampleRole: 'owner' | 'customer';
};

export const CLIENT_PACKAGES = {
  owner: {
    name: '@salon/owner-client',
    version: '0.1.0',
    contractLib: 'libs/contracts/owner',
    contractExport: 'ownerContract',
    audience: 'the owner portal',
    api: 'owner-api',
    defaultBaseUrl: 'http://localhost:3001',
    exampleRole: 'owner',
  },
  customer: {
    name: '@salon/customer-client',
    version: '0.1.0',
    contractLib: 'libs/contracts/customer',
    contractExport: 'customerContract',
    audience: 'the mobile app',
    api: 'customer-api',
    defaultBaseUrl: 'http://localhost:3002',
    exampleRole: 'customer',
  },
} satisfies Record<string, ClientPackage>;

export type ClientName = keyof typeof CLIENT_PACKAGES;
