// Entry point of `npm run -s graph -- <command>`. Sets the exit code instead of calling
// process.exit, so large output written to a pipe is never cut short.

import { runCli } from './runCli';

const lines: string[] = [];
const errors: string[] = [];
process.exitCode = runCli(process.argv.slice(2), {
  out: (line) => lines.push(line),
  err: (line) => errors.push(line),
});
if (lines.length) process.stdout.write(`${lines.join('\n')}\n`);
if (errors.length) process.stderr.write(`${errors.join('\n')}\n`);
