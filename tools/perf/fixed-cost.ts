/**
 * The fixed cost of a GraphQL request to Parley, beside the limit's: CPU time per request of
 * the server process (user + system, read from /proc, so other load on the machine changes it
 * little), start-up to first answer, resident memory once started and its peak under load.
 *
 *   npx tsx tools/perf/fixed-cost.ts [--size S] [--requests 3000] [--connections 4] [--servers parley,limit] [--workloads W3,W4]
 */
import { readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import { ensureGraphFile } from '../../bench/src/graph-file';
import { requestBody } from '../../bench/src/in-process';
import { startServer, type BenchServer, type ServerName } from '../../bench/src/servers';
import { sizeNamed } from '../../bench/src/sizes';
import { findSubjects } from '../../bench/src/subjects';
import { workloads as workloadsFor } from '../../bench/src/workloads';

const TICKS_PER_SECOND = 100;

/** User and system CPU of a process and all its threads, in milliseconds. */
function cpuMs(pid: number): number {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return ((Number(fields[11]) + Number(fields[12])) * 1000) / TICKS_PER_SECOND;
}

function rssMb(pid: number): number {
  const match = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  return match ? Number(match[1]) / 1024 : NaN;
}

/** Sends `count` requests, `connections` at a time, each waiting for its answer. */
async function send(server: BenchServer, body: string, count: number, connections: number): Promise<number> {
  let next = 0;
  let failures = 0;
  const worker = async () => {
    while (next < count) {
      next += 1;
      const text = await server.post(body);
      if (!text.startsWith('{"data"') || text.includes('"errors"')) failures += 1;
    }
  };
  await Promise.all(Array.from({ length: connections }, worker));
  return failures;
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      size: { type: 'string', default: 'S' },
      requests: { type: 'string', default: '3000' },
      connections: { type: 'string', default: '4' },
      servers: { type: 'string', default: 'parley,limit' },
      workloads: { type: 'string', default: 'W3,W4' },
      port: { type: 'string', default: '4390' },
    },
  });
  const size = sizeNamed(values.size);
  const { file } = await ensureGraphFile(size, () => undefined);
  const chosen = values.workloads.split(',');
  const workloads = workloadsFor({ ...findSubjects(file), page20Cursor: null }).filter((workload) => chosen.includes(workload.id));
  const requests = Number(values.requests);
  const connections = Number(values.connections);
  process.stdout.write(`size ${size}, ${requests} requests per workload, ${connections} at a time, load average ${loadavg().map((value) => value.toFixed(2)).join(' ')}\n`);
  for (const name of values.servers.split(',') as ServerName[]) {
    const server = await startServer(name, file, Number(values.port));
    try {
      const line = [`${name.padEnd(6)} start ${server.startMs} ms, RSS ${rssMb(server.pid).toFixed(0)} MB after start`];
      server.resetPeakRss();
      for (const workload of workloads) {
        const body = requestBody(workload);
        await send(server, body, Math.min(500, requests), connections);
        const before = cpuMs(server.pid);
        const started = performance.now();
        const failures = await send(server, body, requests, connections);
        const cpu = cpuMs(server.pid) - before;
        const wall = performance.now() - started;
        line.push(`${workload.id} ${((cpu * 1000) / requests).toFixed(0)} µs CPU/req, ${((requests * 1000) / wall).toFixed(0)} req/s${failures ? `, ${failures} failed` : ''}`);
      }
      line.push(`peak RSS ${server.peakRssMb().toFixed(0)} MB`);
      process.stdout.write(`${line.join(' · ')}\n`);
    } finally {
      await server.stop();
    }
  }
  process.stdout.write(`load average ${loadavg().map((value) => value.toFixed(2)).join(' ')} at the end\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`fixed-cost: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
