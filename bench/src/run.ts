import path from 'node:path';
import { parseArgs } from 'node:util';
import { ensureGraphFile } from './graph-file';
import { findPage20Cursor, measureInProcess, requestBody } from './in-process';
import { load } from './load';
import { measureIngest } from './mixed';
import { writeResults, type SizeRun } from './report';
import { startServer, type ServerName } from './servers';
import { sizeNamed } from './sizes';
import { findSubjects } from './subjects';
import { workloads as workloadsFor, type Workload } from './workloads';

const USAGE = `npm run bench -- [--size S|M|L[,…]] [--seconds N] [--repetitions N] [--connections N] [--servers parley,usual,limit] [--workloads W1,…] [--no-ingest] [--port N]`;

/** The workloads named by `--workloads` (all when it is not given), refusing names that are not workloads. */
function chosenWorkloads(all: Workload[], names: string | undefined): Workload[] {
  if (names === undefined) return all;
  const wanted = names.split(',');
  for (const name of wanted) if (!all.some((workload) => workload.id === name)) throw new Error(`--workloads: "${name}" is not one of ${all.map((workload) => workload.id).join(', ')}`);
  return all.filter((workload) => wanted.includes(workload.id));
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    allowNegative: true,
    options: {
      size: { type: 'string', default: 'S' },
      seconds: { type: 'string' },
      warmup: { type: 'string', default: '2' },
      repetitions: { type: 'string', default: '3' },
      connections: { type: 'string', default: '10' },
      servers: { type: 'string', default: 'parley,usual,limit' },
      workloads: { type: 'string' },
      ingest: { type: 'boolean', default: true },
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
      // At S, 3 s runs keep the whole size under five minutes.
      seconds: Number(values.seconds ?? (size === 'S' ? 3 : 10)),
      repetitions: Number(values.repetitions),
    };
    const started = Date.now();
    const { file, built } = await ensureGraphFile(size, log);
    const base = findSubjects(file);
    const subjects = { ...base, page20Cursor: await findPage20Cursor(file, base) };
    const workloads = chosenWorkloads(workloadsFor(subjects), values.workloads);
    const inProcess = await measureInProcess(file, workloads);
    const run: SizeRun = {
      size,
      graph: path.relative(process.cwd(), file),
      built,
      workloads,
      statements: inProcess.statements,
      figures: {},
      startMs: {},
      bodiesEqual: {},
      runSeconds: 0,
      settings: `${options.connections} connections, ${options.warmupSeconds} s warm-up, ${options.repetitions} × ${options.seconds} s`,
    };
    for (const name of servers) {
      let server = await startServer(name, file, Number(values.port));
      run.startMs[name] = server.startMs;
      const figures: NonNullable<SizeRun['figures'][ServerName]> = {};
      try {
        for (const [index, workload] of workloads.entries()) {
          if (index > 0 && name === 'usual') {
            // The usual way is still resolving the requests autocannon gave up on (seconds each
            // for W1 and W2); a fresh process keeps that backlog out of the next workload.
            await server.stop();
            server = await startServer(name, file, Number(values.port));
          }
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
    const w1 = workloads.find((workload) => workload.id === 'W1');
    if (servers.includes('parley') && w1 && values.ingest) {
      run.ingest = await measureIngest(file, Number(values.port), requestBody(w1), options);
      const { alone, withReads } = run.ingest;
      log(`${size} ingest alone ${alone.articlesPerSecond.toFixed(1)} articles/s; with W1 reads ${withReads.ingest.articlesPerSecond.toFixed(1)} articles/s and ${withReads.reads.requestsPerSecond.toFixed(1)} req/s`);
    }
    run.runSeconds = Math.round((Date.now() - started) / 1000);
    writeResults(values.out, run);
    log(`wrote ${path.relative(process.cwd(), values.out)} (size ${size})`);
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`bench: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
