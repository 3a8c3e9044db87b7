// `npm run bench`: every benchmark in turn, each printing its own results.

import { benchBrowser } from './browser';
import { benchInsight } from './insight';
import { benchPaths } from './paths';

await benchPaths();
await benchInsight();
await benchBrowser();
