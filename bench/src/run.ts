import path from 'node:path';
import { parseArgs } from 'node:util';
import { ensureGraphFile } from './graph-file';
import { findPage20Cursor, measureInProcess, requestBody } from './in-process';
import { load } from './load';
import { writeResults, type SizeRun } from './report';
import { startServer, type ServerName } from './servers';
import { sizeNamed } from './sizes';
import { findSubjects } from './subjects';
import { workloads as workloadsFor, type Workload } from './workloads';

const USAGE = `npm run bench -- [--size S|M|L[,…]] [--seconds N] [--repetitions N] [--connections N] [--servers parley,usual,limit] [--workloads W1,…] [--port N]`;

/** The workloads named by `--workloads` (all when it is not given), refusing names that are not workloads. */
function chosenWorkloads(all: Workload[], names: string | undefined): Workload[] {
  if (names === undefined) return all;
  const wanted = names.split(',');
  for (const name of wanted) if (!all.some((workload) => workload.id === name)) throw new Error(`--workloads: "${name}" is not one of ${all.map((workload) => workload.id).join(', ')}`);
  return all.filter((workload) => wanted.includes(workload.id));
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      size: { type: 'string', default: 'S' },
      seconds: { type: 'string' },
      warmup: { type: 'string', default: '2' },
      repetitions: { type: 'string', default: '3' },
      connections: { type: 'string', default: '10' },
      servers: { type: 'string', default: 'parley,usual,limit' },
      workloads: { type: 'string' },
      port: { type: 'string', default: '4300' },
      out: { type: 'string', default: path.resolve(__dirname, '../results.md') },
      help: { type: 'boolean', default: false },
    },
  });
  if (values.help) return void process.stdout.write(`${USAGE}\n`);
  const servers = values.servers.split(',') as ServerName[];
  for (const server of servers) if (!['parley', 'usual', 'limit'].includes(server)) throw new Error(`--servers: "${server}" is not parley, usual or limit`);
  const log = (line: string) => process.stdout.write(`${line}\n`);

  for (const size of values.size.split(',').map(sizeNamed)) {
    const options = {
      connections: Number(values.connections),
      warmupSeconds: Number(values.warmup),
      seconds: Number(values.seconds ?? (size === 'S' ? 4 : 10)),
      repetitions: Number(values.repetitions),
    };
    const file = await ensureGraphFile(size, log);
    const base = findSubjects(file);
    const subjects = { ...base, page20Cursor: await findPage20Cursor(file, base) };
    const workloads = chosenWorkloads(workloadsFor(subjects), values.workloads);
    const inProcess = await measureInProcess(file, workloads);
    const run: SizeRun = {
      size,
      graph: path.relative(process.cwd(), file),
      workloads,
      statements: inProcess.statements,
      figures: {},
      startMs: {},
      bodiesEqual: {},
      settings: `${options.connections} connections, ${options.warmupSeconds} s warm-up, ${options.repetitions} × ${options.seconds} s`,
    };
    for (const name of servers) {
      const server = await startServer(name, file, Number(values.port));
      run.startMs[name] = server.startMs;
      const figures: NonNullable<SizeRun['figures'][ServerName]> = {};
      try {
        for (const workload of workloads) {
          const body = await server.post(requestBody(workload));
          if (name === 'limit') run.bodiesEqual[workload.id] = body === inProcess.bodies[workload.id];
          server.resetPeakRss();
          const result = await load(server.url, requestBody(workload), options);
          figures[workload.id] = { ...result, peakRssMb: server.peakRssMb() };
          log(`${size} ${name.padEnd(6)} ${workload.id.padEnd(6)} ${result.requestsPerSecond.toFixed(1).padStart(8)} req/s  p50 ${result.p50} ms  p99 ${result.p99} ms  failures ${result.failures}`);
        }
      } finally {
        await server.stop();
      }
      run.figures[name] = figures;
    }
    writeResults(values.out, run);
    log(`wrote ${path.relative(process.cwd(), values.out)} (size ${size})`);
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`bench: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
