// The filters of the insight views: cancer type and review section (the same criteria as
// the canvas's filter panel, so both stay in step) and the longest causal path.

import { sectionsOf } from '../../core/model/sections';
import { PATH_LIMITS } from '../../core/paths/pathQuery';
import { selectCancerFacets } from '../../state/selectors';
import { useAppStore } from '../../state/store';

const ALL = '';
const SEVERAL = '\u0000several';

export function InsightFilters() {
  const graph = useAppStore((s) => s.graph);
  const cancerFacets = useAppStore(selectCancerFacets);
  const cancers = useAppStore((s) => s.criteria.cancers);
  const sections = useAppStore((s) => s.criteria.sections);
  const maxHops = useAppStore((s) => s.insight.maxHops);
  const update = useAppStore((s) => s.updateCriteria);
  const setHops = useAppStore((s) => s.setInsightHops);
  const valueOf = (list: string[] | undefined) => (!list?.length ? ALL : list.length === 1 ? list[0] : SEVERAL);
  const choose = (value: string) => (value === ALL ? [] : [value]);
  return (
    <div className="insight-filters" role="group" aria-label="Insight filters">
      <label>
        Cancer type{' '}
        <select value={valueOf(cancers)} onChange={(e) => e.target.value !== SEVERAL && update({ cancers: choose(e.target.value) })}>
          <option value={ALL}>all</option>
          {(cancers?.length ?? 0) > 1 && <option value={SEVERAL}>{cancers!.length} chosen in the filters</option>}
          {cancerFacets.map((f) => <option key={f.cancer} value={f.cancer}>{f.cancer}</option>)}
        </select>
      </label>
      <label>
        Section{' '}
        <select value={valueOf(sections)} onChange={(e) => e.target.value !== SEVERAL && update({ sections: choose(e.target.value) })}>
          <option value={ALL}>all</option>
          {(sections?.length ?? 0) > 1 && <option value={SEVERAL}>{sections!.length} chosen in the filters</option>}
          {sectionsOf(graph).map((s) => <option key={s.slug} value={s.slug}>{s.title}</option>)}
        </select>
      </label>
      <label>
        Max steps{' '}
        <select value={maxHops} onChange={(e) => setHops(Number(e.target.value))}>
          {Array.from({ length: PATH_LIMITS.maxHops.max }, (_, i) => i + 1).map((n) => <option key={n} value={n}>{n}</option>)}
        </select>
      </label>
    </div>
  );
}
