// Where the edge list appears: over the canvas while the text view is chosen (never while
// presenting). Its code loads on demand, so the first page load does not carry it.

import { lazy, Suspense } from 'react';
import { selectListShown } from '../../state/slices/mainViewSlice';
import { useAppStore } from '../../state/store';

const EdgeListView = lazy(() => import('./EdgeListView'));

export function EdgeListHost() {
  const shown = useAppStore(selectListShown);
  if (!shown) return null;
  return (
    <Suspense fallback={<section className="edge-list-view" aria-busy="true" aria-label="Edge list"><p>Loading…</p></section>}>
      <EdgeListView />
    </Suspense>
  );
}
