// Path finding (core/paths/findPaths) is not part of the first load: it loads on first use
// (a path query, or when the page is idle), and the store is poked when it arrives so that
// views that asked for paths before, such as a shared link, show them. main.tsx loads it
// before the first render when the address holds a path query.

type PathFinding = typeof import('../core/paths/findPaths');

let core: PathFinding | null = null;
let loading: Promise<PathFinding> | null = null;
const waiting = new Set<() => void>();

/** Loads path finding once; everyone who asked for it before it arrived is told. */
export function loadPathFinding(): Promise<PathFinding> {
  loading ??= import('../core/paths/findPaths').then(
    (m) => {
      core = m;
      for (const notify of waiting) notify();
      waiting.clear();
      return m;
    },
    (error: unknown) => {
      loading = null; // a failed load (network) can be tried again
      throw error;
    },
  );
  return loading;
}

/** Path finding if it has loaded; else null, and it is asked for (onLoad runs when it arrives). */
export function pathFinding(onLoad: () => void): PathFinding | null {
  if (core) return core;
  waiting.add(onLoad);
  loadPathFinding().catch(() => undefined);
  return null;
}
