import path from 'node:path';

/**
 * Loads the `.env` of the first directory in `dirs` that has one into the process environment
 * (Node's own parser); variables already set in the environment win over the file. For composition
 * roots only (apps' main.ts, the tools), before they parse their config: libs take config as
 * arguments. Returns the file it loaded, or undefined when there was none.
 *
 * @example
 * loadDotEnv([process.cwd(), path.resolve(__dirname, '../../..')]);
 */
export function loadDotEnv(dirs: string[]): string | undefined {
  for (const dir of new Set(dirs.map((d) => path.resolve(d)))) {
    const file = path.join(dir, '.env');
    try {
      process.loadEnvFile(file);
      return file;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    }
  }
  return undefined;
}
