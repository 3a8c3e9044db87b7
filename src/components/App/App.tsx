// The explorer page: header with search and tools, filters on the left, the canvas with
// its legend in the middle, the side panel on the right.

import { useEffect, useState } from 'react';
import { loadReviewGraph } from '../../data/reviewGraph';
import { useAppStore } from '../../state/store';
import { useUrlSync } from '../../state/useUrlSync';
import { FilterPanel } from '../FilterPanel/FilterPanel';
import { GraphCanvas } from '../GraphCanvas/GraphCanvas';
import { Legend } from '../Legend/Legend';
import { Notices } from '../Notices/Notices';
import { SearchBox } from '../SearchBox/SearchBox';
import { SidePanel } from '../SidePanel/SidePanel';
import { Toolbar } from '../Toolbar/Toolbar';

export function App() {
  const theme = useAppStore((s) => s.theme);
  const [loaded, setLoaded] = useState(false);

  useEffect(() => {
    const { graph, problems } = loadReviewGraph();
    const store = useAppStore.getState();
    store.setGraph(graph, { kind: 'review' });
    if (problems.length) {
      store.notify({ kind: 'error', text: `The embedded graph has ${problems.length} data problems.`, details: problems.slice(0, 20).map((p) => `${p.where}: ${p.message}`) });
    }
    setLoaded(true);
  }, []);

  useEffect(() => {
    document.documentElement.dataset.theme = theme;
  }, [theme]);

  useUrlSync(loaded);

  return (
    <div className="app">
      <header className="app-header">
        <h1 className="brand">ExoNet Explorer</h1>
        <SearchBox />
        <Toolbar />
      </header>
      <nav className="filter-column" aria-label="Filters">
        <FilterPanel />
      </nav>
      <main className="canvas-column">
        <GraphCanvas />
        <Legend />
        <Notices />
      </main>
      <SidePanel />
    </div>
  );
}
