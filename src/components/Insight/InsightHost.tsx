// Where the insight views appear: nothing until one is opened, then the views, whose code
// (and that of core/insight) loads on demand so the first page load does not carry it.

import { lazy, Suspense } from 'react';
import { useAppStore } from '../../state/store';
import { requestFocusOnOpen } from '../Focus/focusHooks';

const InsightView = lazy(() => import('./InsightView'));

export function InsightHost() {
  const tab = useAppStore((s) => s.insight.tab);
  const presenting = useAppStore((s) => s.presentation.active);
  if (!tab || presenting) return null;
  return (
    <Suspense fallback={<section className="insight-view" aria-busy="true" aria-label="Insight"><p>Loading…</p></section>}>
      <InsightView tab={tab} />
    </Suspense>
  );
}

/** The toolbar button that opens the matrix (or closes the open insight view). */
export function InsightButton() {
  const tab = useAppStore((s) => s.insight.tab);
  const open = useAppStore((s) => s.openInsight);
  return (
    <button type="button" aria-pressed={tab !== null} onClick={() => {
      if (!tab) requestFocusOnOpen('insight');
      open(tab ? null : 'matrix');
    }} title="Exosomal proteins × hallmarks, knock-out, contradictions, key mediators">
      Matrix
    </button>
  );
}
