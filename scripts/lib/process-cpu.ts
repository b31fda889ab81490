// CPU time used by a process and all its descendants, from /proc (Linux). A benchmark on a
// busy machine gets noisy req/s, but the CPU a request costs stays about the same.
import fs from "node:fs";

const TICKS_PER_SECOND = 100; // USER_HZ on Linux

interface ProcStat {
  ppid: number;
  cpuMs: number;
}

function readAll(): Map<number, ProcStat> {
  const stats = new Map<number, ProcStat>();
  for (const entry of fs.readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const text = fs.readFileSync(`/proc/${entry}/stat`, "utf8");
      // The command name is in parentheses and may contain spaces; the fields follow the last ")".
      const fields = text.slice(text.lastIndexOf(")") + 2).split(" ");
      // utime + stime, and cutime + cstime: the CPU of children that have ended (PostgreSQL
      // backends come and go with the connection pool; their time stays with the postmaster).
      const ticks = Number(fields[11]) + Number(fields[12]) + Number(fields[13]) + Number(fields[14]);
      stats.set(Number(entry), { ppid: Number(fields[1]), cpuMs: (ticks * 1000) / TICKS_PER_SECOND });
    } catch {
      // The process ended while we looked.
    }
  }
  return stats;
}

/** Milliseconds of CPU used so far by `root` and its descendants (living ones); null off Linux. */
export function treeCpuMs(root: number, exclude: readonly number[] = []): number | null {
  if (!fs.existsSync("/proc/self/stat")) return null;
  const stats = readAll();
  const children = new Map<number, number[]>();
  for (const [pid, stat] of stats) children.set(stat.ppid, [...(children.get(stat.ppid) ?? []), pid]);
  let total = 0;
  const stack = [root];
  while (stack.length) {
    const pid = stack.pop()!;
    if (exclude.includes(pid)) continue;
    const stat = stats.get(pid);
    if (stat && pid !== process.pid) total += stat.cpuMs;
    stack.push(...(children.get(pid) ?? []));
  }
  return total;
}
