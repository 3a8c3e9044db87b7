// Entry point of the explorer page. The store gets the review graph (fetched as JSON, its
// download started by the page's preload link) before the first render, so the canvas
// mounts once, with its elements; what the first view does not need loads on demand.

import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './components/App/App';
import { prefetchWhenIdle } from './onDemand';
import { openReviewGraph } from './state/graphActions';
import { provideLayoutRunner } from './state/importLayout';
import { loadPathFinding } from './state/pathFinding';
import './styles.css';

performance.mark('exonet:script-start');
// An imported graph without positions is laid out in the layout worker.
provideLayoutRunner(() => import('./cy/layoutInWorker').then((m) => m.layoutInWorker));

// A link with a path query needs path finding for its first view.
const needsPaths = new URLSearchParams(window.location.search).has('from');
void Promise.all([openReviewGraph(), needsPaths ? loadPathFinding().catch(() => undefined) : null]).then(() => {
  performance.mark('exonet:render-start');
  const root = document.getElementById('root');
  if (root) {
    createRoot(root).render(
      <StrictMode>
        <App />
      </StrictMode>,
    );
  }
  prefetchWhenIdle();
});
