// `npm run bench`: every benchmark in turn, each printing its own results.
// `npm run bench -- browser cli` runs only the named ones (bundle, cli, paths, insight, browser,
// or of the browser's: load, filter, imports).

import { cpus } from 'node:os';
import { benchBrowser } from './browser';
import { benchBundle } from './bundle';
import { benchCli } from './cli';
import { benchInsight } from './insight';
import { benchPaths } from './paths';

console.log(`machine: ${cpus().length} × ${cpus()[0]?.model ?? 'unknown CPU'}, Node ${process.version}`);
const only = process.argv.slice(2);
const wanted = (name: string) => only.length === 0 || only.includes(name);
if (wanted('bundle')) benchBundle();
if (wanted('cli')) benchCli();
if (wanted('paths')) await benchPaths();
if (wanted('insight')) await benchInsight();
const browserParts = { load: wanted('browser') || wanted('load'), filter: wanted('browser') || wanted('filter'), imports: wanted('browser') || wanted('imports') };
if (browserParts.load || browserParts.filter || browserParts.imports) await benchBrowser(browserParts);
