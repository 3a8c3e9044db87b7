// `npm run bench`: every benchmark in turn, each printing its own results.

import { benchPaths } from './paths';

await benchPaths();
