import { execFile } from 'node:child_process';
import path from 'node:path';

export type ToolRun = { code: number; stdout: string; stderr: string };

const REPO_ROOT = path.resolve(__dirname, '../../../..');

/**
 * Runs a command-line tool of this repo (`libs/db/src/bin/migrate.ts`, `tools/seed/src/main.ts`)
 * the way its npm script does (tsx, from the repository root), with `env` over the test's own
 * environment, and resolves with its exit code and output. Never rejects on a non-zero exit.
 */
export function spawnTool(script: string, env: Record<string, string>): Promise<ToolRun> {
  const tsx = require.resolve('tsx/cli');
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [tsx, path.join(REPO_ROOT, script)],
      // NODE_OPTIONS carries Jest's VM flags: the tool runs as npm runs it, without them.
      { cwd: REPO_ROOT, env: { ...process.env, NODE_OPTIONS: '', ...env }, timeout: 60_000 },
      (error, stdout, stderr) => {
        const code = error ? (typeof error.code === 'number' ? error.code : 1) : 0;
        resolve({ code, stdout: String(stdout), stderr: String(stderr) });
      },
    );
  });
}
