// Before every unit test file: path finding, which the app loads on demand (src/state/pathFinding.ts),
// is loaded up front, so that the store's selectors answer path queries at once as in a
// page where it has arrived.

import { loadPathFinding } from '../../src/state/pathFinding';

await loadPathFinding();
