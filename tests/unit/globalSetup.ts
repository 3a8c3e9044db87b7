// Builds the compiled CLI (cli-dist/, as `prepare` does after `npm ci`) once before the unit
// tests, so the tests that run the real process run what users run.

import { execFileSync } from 'node:child_process';
import { join } from 'node:path';

export default function setup(): void {
  execFileSync(process.execPath, [join(import.meta.dirname, '..', '..', 'scripts', 'build-cli.mjs')], { stdio: 'inherit' });
}
