import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { acquireDataDirLock, DataDirInUseError } from './data-dir-lock';

describe('acquireDataDirLock', () => {
  let dataDir: string;
  const lockFile = () => `${dataDir}.lock`;

  beforeEach(() => {
    dataDir = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'salon-lock-')), 'pglite');
  });

  it('writes this pid beside the directory and removes it on release', () => {
    const release = acquireDataDirLock(dataDir);
    expect(fs.readFileSync(lockFile(), 'utf8')).toBe(String(process.pid));
    release();
    expect(fs.existsSync(lockFile())).toBe(false);
  });

  it('refuses while another live process holds it, naming the directory and the process', () => {
    fs.mkdirSync(dataDir, { recursive: true });
    fs.writeFileSync(lockFile(), String(process.ppid)); // the Jest parent: alive for the whole test
    expect(() => acquireDataDirLock(dataDir)).toThrow(DataDirInUseError);
    expect(() => acquireDataDirLock(dataDir)).toThrow(`${dataDir} is in use by process ${process.ppid}`);
    expect(fs.readFileSync(lockFile(), 'utf8')).toBe(String(process.ppid));
  });

  it('takes over a lock whose process is gone, or whose file is garbage', () => {
    fs.mkdirSync(dataDir, { recursive: true });
    for (const stale of ['2147483646', 'not a pid', '']) {
      fs.writeFileSync(lockFile(), stale);
      const release = acquireDataDirLock(dataDir);
      expect(fs.readFileSync(lockFile(), 'utf8')).toBe(String(process.pid));
      release();
    }
  });

  it('does not remove a lock that another process took over after ours', () => {
    const release = acquireDataDirLock(dataDir);
    fs.writeFileSync(lockFile(), String(process.ppid));
    release();
    expect(fs.readFileSync(lockFile(), 'utf8')).toBe(String(process.ppid));
  });
});
