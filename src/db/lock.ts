// Single-process lock for the embedded database directory. PGlite can be opened by one
// process only; a second opener would corrupt data silently, so it gets a clear error.
import fs from 'node:fs';
import path from 'node:path';

export type LockInfo = { pid: number; startedAt: string; adminSocket: string | null };

export class DatabaseLockedError extends Error {
  constructor(
    readonly holder: LockInfo,
    lockPath: string,
  ) {
    super(
      `The embedded database in ${path.dirname(lockPath)} is already open by process ${holder.pid} ` +
        `(since ${holder.startedAt}). Stop that process first, or use "npx motcua" commands, ` +
        'which talk to the running server.',
    );
    this.name = 'DatabaseLockedError';
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

export function readLock(lockPath: string): LockInfo | null {
  try {
    const info = JSON.parse(fs.readFileSync(lockPath, 'utf8')) as LockInfo;
    return typeof info.pid === 'number' && isAlive(info.pid) ? info : null;
  } catch {
    return null;
  }
}

export type Lock = { path: string; release(): void; setAdminSocket(socket: string): void };

export function acquireLock(lockPath: string, now: Date): Lock {
  fs.mkdirSync(path.dirname(lockPath), { recursive: true });
  const info: LockInfo = { pid: process.pid, startedAt: now.toISOString(), adminSocket: null };
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      const fd = fs.openSync(lockPath, 'wx', 0o600);
      fs.writeSync(fd, JSON.stringify(info));
      fs.fsyncSync(fd);
      fs.closeSync(fd);
      let released = false;
      return {
        path: lockPath,
        setAdminSocket(socket) {
          info.adminSocket = socket;
          fs.writeFileSync(lockPath, JSON.stringify(info), { mode: 0o600 });
        },
        release() {
          if (released) return;
          released = true;
          const current = readLock(lockPath);
          if (current?.pid === process.pid) fs.rmSync(lockPath, { force: true });
        },
      };
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
      const holder = readLock(lockPath);
      if (holder && holder.pid !== process.pid) throw new DatabaseLockedError(holder, lockPath);
      // Stale lock left by a killed process (or our own after a crash in the same pid): take it over.
      fs.rmSync(lockPath, { force: true });
    }
  }
  throw new Error(`Could not acquire the database lock ${lockPath}`);
}
