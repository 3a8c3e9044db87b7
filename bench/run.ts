// `npm run bench`: every benchmark in turn, each printing its own results.

import { benchBrowser } from './browser';
import { benchPaths } from './paths';

await benchPaths();
await benchBrowser();
