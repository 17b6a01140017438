/**
 * One process per PGlite data directory. The lock file names its holder (process id, host, start
 * time), so that a lock left behind by a process that died (kill -9, a crash, a machine reset) is
 * told apart from one held by a live process: the first is taken over, saying so; the second is
 * refused, naming the process.
 */
import { closeSync, openSync, readFileSync, unlinkSync, writeSync } from "node:fs";
import { hostname } from "node:os";
import { join } from "node:path";

export interface LockHolder {
  pid: number;
  host: string;
  since: string;
}

export interface DataLock {
  /** The holder whose stale lock was taken over, when there was one. */
  recovered?: LockHolder;
  release(): void;
}

export class DataDirInUse extends Error {
  override name = "DataDirInUse";
}

export const LOCK_FILE = ".hub-lock";

/**
 * Whether a process of this host runs with that id (EPERM: it runs, as another user). A zombie — a
 * process that ended and that nobody reaped yet, common in containers whose init does not reap —
 * answers signal 0 but holds nothing: Linux says so in /proc.
 */
export function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === "EPERM";
  }
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    const state = stat.slice(stat.lastIndexOf(")") + 2, stat.lastIndexOf(")") + 3);
    return state !== "Z" && state !== "X";
  } catch {
    return true; // no /proc (not Linux): signal 0 is all there is
  }
}

function readHolder(path: string): LockHolder | undefined {
  try {
    const h = JSON.parse(readFileSync(path, "utf8")) as Partial<LockHolder>;
    return Number.isInteger(h.pid) && typeof h.host === "string" ? (h as LockHolder) : undefined;
  } catch {
    return undefined;
  }
}

function create(path: string, holder: LockHolder): boolean {
  let fd: number;
  try {
    fd = openSync(path, "wx");
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === "EEXIST") return false;
    throw e;
  }
  try {
    writeSync(fd, JSON.stringify(holder));
  } finally {
    closeSync(fd);
  }
  return true;
}

/** Take the directory for this process; DataDirInUse when a live process (or another host) holds it. */
export function lockDataDir(dir: string): DataLock {
  const path = join(dir, LOCK_FILE);
  const me: LockHolder = { pid: process.pid, host: hostname(), since: new Date().toISOString() };
  let recovered: LockHolder | undefined;
  for (let attempt = 0; attempt < 3; attempt++) {
    if (create(path, me)) {
      return {
        recovered,
        release() {
          // Only our own lock: never one another process took over meanwhile.
          if (readHolder(path)?.pid === me.pid) unlinkSync(path);
        },
      };
    }
    const holder = readHolder(path);
    if (holder && holder.host !== me.host)
      throw new DataDirInUse(`data directory ${dir} is locked by process ${holder.pid} on ${holder.host} (since ${holder.since}); stop it there first`);
    if (holder && processAlive(holder.pid))
      throw new DataDirInUse(
        `data directory ${dir} is in use by ${holder.pid === process.pid ? "this process" : `process ${holder.pid}`} (since ${holder.since}): PGlite allows one process; stop it first or set DATA_DIR elsewhere`,
      );
    // Its holder is gone (or the file is unreadable): stale. Whoever removes and recreates it first wins.
    recovered = holder ?? { pid: 0, host: me.host, since: "unknown" };
    try {
      unlinkSync(path);
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== "ENOENT") throw e;
    }
  }
  throw new DataDirInUse(`data directory ${dir}: could not take its lock`);
}
