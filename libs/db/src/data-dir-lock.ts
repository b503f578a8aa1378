import fs from 'node:fs';
import path from 'node:path';
import { StartupRefusedError } from '@salon/config';

/** The embedded data directory is held by another live process: stop it first. The message says which. */
export class DataDirInUseError extends StartupRefusedError {
  override name = 'DataDirInUseError';
  constructor(
    readonly dataDir: string,
    readonly holderPid: number,
  ) {
    super(`${dataDir} is in use by process ${holderPid}. Stop it first: the embedded database allows one process.`);
  }
}

/**
 * PGlite has no lock of its own: two processes on one data directory silently lose writes. Every
 * process that opens a data directory (`npm start`, `npm run migrate`, `npm run seed`) takes this
 * pid file (`<dataDir>.lock` beside the directory) first: a second one is refused while the first
 * is alive, and a stale file left by a crash is taken over. Returns the release function.
 * @throws DataDirInUseError
 */
export function acquireDataDirLock(dataDir: string): () => void {
  fs.mkdirSync(dataDir, { recursive: true });
  const lockFile = path.join(dataDir, '..', `${path.basename(dataDir)}.lock`);
  // Create-exclusive, so two processes starting at the same moment cannot both win.
  while (!tryCreate(lockFile)) {
    const holder = readHolder(lockFile);
    if (holder === process.pid) break;
    if (holder !== undefined && isAlive(holder)) throw new DataDirInUseError(dataDir, holder);
    fs.rmSync(lockFile, { force: true }); // stale: its process is gone
  }
  return () => {
    if (readHolder(lockFile) === process.pid) fs.rmSync(lockFile, { force: true });
  };
}

function tryCreate(lockFile: string): boolean {
  try {
    fs.writeFileSync(lockFile, String(process.pid), { flag: 'wx' });
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw error;
  }
}

function readHolder(lockFile: string): number | undefined {
  try {
    const pid = Number(fs.readFileSync(lockFile, 'utf8').trim());
    return Number.isInteger(pid) && pid > 0 ? pid : undefined;
  } catch {
    return undefined;
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
