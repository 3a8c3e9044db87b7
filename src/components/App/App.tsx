// The explorer page: header with search and tools, filters on the left, the canvas with
// its legend in the middle, the side panel on the right.

import { useEffect, useState } from 'react';
import type { GraphView } from '../../cy/createGraphView';
import { useKeyboardCommands } from '../../commands/useKeyboardCommands';
import { selectListShown } from '../../state/slices/mainViewSlice';
import { useAppStore } from '../../state/store';
import { usePersistence } from '../../state/usePersistence';
import { useUrlSync } from '../../state/useUrlSync';
import { EdgeListHost } from '../EdgeList/EdgeListHost';
import { ViewSwitch } from '../EdgeList/ViewSwitch';
import { FilterPanel } from '../FilterPanel/FilterPanel';
import { GraphCanvas } from '../GraphCanvas/GraphCanvas';
import { FocusBar } from '../GraphCanvas/FocusBar';
import { InsightHost } from '../Insight/InsightHost';
import { GraphViewContext } from '../GraphCanvas/graphViewContext';
import { SelectionAnnouncer } from '../GraphCanvas/SelectionAnnouncer';
import { useFileDrop } from '../GraphCanvas/useFileDrop';
import { Legend } from '../Legend/Legend';
import { LayoutProgress, ShortcutHelp } from '../lazyParts';
import { PresentationSlot } from '../Presentation/PresentationSlot';
import { Notices } from '../Notices/Notices';
import { SearchBox } from '../SearchBox/SearchBox';
import { SidePanel } from '../SidePanel/SidePanel';
import { SkipLinks } from '../SkipLinks/SkipLinks';
import { FiltersToggle } from '../Layout/FiltersToggle';
import { Toolbar } from '../Toolbar/Toolbar';

export function App() {
  const theme = useAppStore((s) => s.theme);
  const presenting = useAppStore((s) => s.presentation.active);
  const listShown = useAppStore(selectListShown);
  const helpOpen = useAppStore((s) => s.helpOpen);
  const laying = useAppStore((s) => s.layoutJob !== null);
  const filtersOpen = useAppStore((s) => s.filtersOpen);
  const [view, setView] = useState<GraphView | null>(null);

  useEffect(() => {
    document.documentElement.dataset.theme = theme;
  }, [theme]);

  // The review graph is in the store before the first render (main.tsx).
  useUrlSync(true);
  useKeyboardCommands();
  usePersistence();
  const { over, handlers } = useFileDrop();

  return (
    <GraphViewContext.Provider value={view}>
    <div className={['app', presenting && 'presenting', filtersOpen && 'filters-open'].filter(Boolean).join(' ')}>
      {!presenting && <SkipLinks />}
      <header className="app-header">
        <h1 className="brand">ExoNet Explorer</h1>
        <FiltersToggle />
        <SearchBox />
        <Toolbar />
      </header>
      <nav id="filters" className="filter-column" aria-label="Filters" tabIndex={-1}>
        <FilterPanel />
      </nav>
      <main id="canvas-area" tabIndex={-1} className={over ? 'canvas-column drop-target' : 'canvas-column'} {...handlers}>
        <div className="network-view" inert={listShown}>
          <GraphCanvas onView={setView} />
          {!presenting && <Legend />}
          <FocusBar />
        </div>
        <ViewSwitch />
        <EdgeListHost />
        <SelectionAnnouncer />
        <Notices />
        <PresentationSlot />
        {helpOpen && <ShortcutHelp />}
        {laying && <LayoutProgress />}
      </main>
      <SidePanel />
      <InsightHost />
    </div>
    </GraphViewContext.Provider>
  );
}
