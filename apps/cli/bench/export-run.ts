// One export, as a user runs it, in a process of its own so its peak memory is its own:
// prints `{"seconds": …, "maxRssMiB": …}` on the last line of stderr.
import { runCli } from '../src/cli';
import { processIo } from '../src/io';

const started = process.hrtime.bigint();
void runCli(process.argv.slice(2), processIo()).then((code) => {
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  process.stderr.write(`${JSON.stringify({ code, seconds, maxRssMiB: process.resourceUsage().maxRSS / 1024 })}\n`);
  process.exitCode = code;
});
