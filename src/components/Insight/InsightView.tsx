// The insight views over the map and side panel: the protein × hallmark matrix, knock-out,
// contradictions and key mediators, with their filters and a way back to the map. Loaded
// on demand (InsightHost imports it dynamically), with its own stylesheet.

import { useEffect, useRef, type KeyboardEvent } from 'react';
import { takeFocusRequest } from '../Focus/focusHooks';
import { INSIGHT_TABS, type InsightTab } from '../../core/view/insightView';
import { useAppStore } from '../../state/store';
import { ContradictionsView } from './ContradictionsView';
import { InsightFilters } from './InsightFilters';
import { KnockoutView } from './KnockoutView';
import { MatrixView } from './MatrixView';
import { MediatorsView } from './MediatorsView';
import './insight.css';

export const TAB_TITLES: Readonly<Record<InsightTab, string>> = {
  matrix: 'Matrix',
  knockout: 'Knock-out',
  contradictions: 'Contradictions',
  mediators: 'Key mediators',
};

export default function InsightView({ tab }: { tab: InsightTab }) {
  const open = useAppStore((s) => s.openInsight);
  // Opened from the toolbar, the view takes focus on its chosen tab, and gives it back on close.
  const tabs = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!takeFocusRequest('insight')) return;
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    tabs.current?.querySelector<HTMLElement>('[aria-selected="true"]')?.focus();
    return () => {
      if (opener?.isConnected) opener.focus();
    };
  }, []);
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key === 'Escape' && !(e.target instanceof HTMLInputElement)) open(null);
  };
  return (
    <section className="insight-view" aria-label="Insight" onKeyDown={onKeyDown} data-testid="insight-view" data-tab={tab}>
      <header className="insight-header">
        <div ref={tabs} role="tablist" aria-label="Insight views" className="insight-tabs">
          {INSIGHT_TABS.map((t) => (
            <button key={t} type="button" role="tab" aria-selected={t === tab} onClick={() => open(t)}>{TAB_TITLES[t]}</button>
          ))}
        </div>
        <InsightFilters />
        <button type="button" className="back" onClick={() => open(null)}>Back to the map</button>
      </header>
      <div role="tabpanel" aria-label={TAB_TITLES[tab]} className="insight-body">
        {tab === 'matrix' ? <MatrixView /> : tab === 'knockout' ? <KnockoutView /> : tab === 'contradictions' ? <ContradictionsView /> : <MediatorsView />}
      </div>
    </section>
  );
}
