import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/**
 * Runs loadDotEnv in a child process: Jest gives each test file its own copy of process.env, which
 * Node's loader does not write to. Returns what it loaded and the variables afterwards.
 */
function loadIn(dirs: string[], env: Record<string, string> = {}): { file?: string; vars: Record<string, string> } {
  const script = `
    const { loadDotEnv } = require(${JSON.stringify(path.join(__dirname, 'load-dot-env.ts'))});
    const file = loadDotEnv(${JSON.stringify(dirs)});
    const vars = Object.fromEntries(Object.entries(process.env).filter(([k]) => k.startsWith('SALON_DOTENV_')));
    process.stdout.write(JSON.stringify({ file, vars }));`;
  const out = execFileSync(process.execPath, [require.resolve('tsx/cli'), '-e', script], {
    env: { PATH: process.env['PATH'] ?? '', ...env },
  });
  return JSON.parse(String(out));
}

describe('loadDotEnv', () => {
  let empty: string;
  let withFile: string;

  beforeAll(() => {
    empty = fs.mkdtempSync(path.join(os.tmpdir(), 'salon-dotenv-'));
    withFile = fs.mkdtempSync(path.join(os.tmpdir(), 'salon-dotenv-'));
    fs.writeFileSync(
      path.join(withFile, '.env'),
      [
        'SALON_DOTENV_SET=from-file',
        'SALON_DOTENV_NEW=from-file # a comment',
        'SALON_DOTENV_PEM="-----BEGIN PUBLIC KEY-----',
        'MIIB',
        '-----END PUBLIC KEY-----"',
      ].join('\n'),
    );
  });

  it('loads the first .env it finds, multi-line quoted values too; the environment wins', () => {
    const { file, vars } = loadIn([empty, withFile], { SALON_DOTENV_SET: 'from-environment' });
    expect(file).toBe(path.join(withFile, '.env'));
    expect(vars).toEqual({
      SALON_DOTENV_SET: 'from-environment',
      SALON_DOTENV_NEW: 'from-file',
      SALON_DOTENV_PEM: '-----BEGIN PUBLIC KEY-----\nMIIB\n-----END PUBLIC KEY-----',
    });
  });

  it('does nothing when there is no .env', () => {
    expect(loadIn([empty])).toEqual({ vars: {} });
  });
});
