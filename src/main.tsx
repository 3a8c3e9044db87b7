// Entry point of the explorer page, or of the presenter view (`?presenter=1`), a small
// page of its own loaded on demand that mounts no canvas. The explorer's store gets the
// review graph (fetched as JSON, its download started by the page's preload link) before
// the first render, so the canvas mounts once, with its elements; what the first view does
// not need loads on demand.

import { lazy, StrictMode, Suspense, type ReactNode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './components/App/App';
import { prefetchAfterFirstFrame } from './onDemand';
import { openReviewGraph } from './state/graphActions';
import { provideLayoutRunner } from './state/importLayout';
import { loadPathFinding } from './state/pathFinding';
import './styles.css';

performance.mark('exonet:script-start');
const PresenterPage = lazy(() => import('./components/Presenter/PresenterPage').then((m) => ({ default: m.PresenterPage })));
const params = new URLSearchParams(window.location.search);

function render(page: ReactNode): void {
  const root = document.getElementById('root');
  if (root) createRoot(root).render(<StrictMode>{page}</StrictMode>);
}

if (params.get('presenter') === '1') {
  render(
    <Suspense fallback={null}>
      <PresenterPage />
    </Suspense>,
  );
} else {
  // An imported graph without positions is laid out in the layout worker.
  provideLayoutRunner(() => import('./cy/layoutInWorker').then((m) => m.layoutInWorker));
  // A link with a path query needs path finding for its first view.
  const needsPaths = params.has('from');
  void Promise.all([openReviewGraph(), needsPaths ? loadPathFinding().catch(() => undefined) : null]).then(() => {
    performance.mark('exonet:render-start');
    render(<App />);
    prefetchAfterFirstFrame();
  });
}
