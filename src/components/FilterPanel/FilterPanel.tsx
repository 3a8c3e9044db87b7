// The filter panel: node types, hallmarks, cancer types, review sections, edge signs,
// hedged-only edges, neighbourhood of the selection and unconnected nodes, with the
// visible counts.

import { DEFAULT_HALLMARK_HOPS, MAX_FILTER_HOPS } from '../../core/filter/criteria';
import { NODE_TYPES, type NodeType, type Sign } from '../../core/model/types';
import { sectionsOf } from '../../core/model/sections';
import { selectCancerFacets, selectHallmarks, selectTypeCounts, selectVisible } from '../../state/selectors';
import { useAppStore } from '../../state/store';
import { TypeBadge } from '../Legend/TypeBadge';
import { CheckboxGroup } from './CheckboxGroup';

const SIGN_OPTIONS = [
  { value: '1', label: 'activation (+)' },
  { value: '-1', label: 'inhibition (−)' },
  { value: '0', label: 'non-causal' },
];

export function FilterPanel() {
  const graph = useAppStore((s) => s.graph);
  const criteria = useAppStore((s) => s.criteria);
  const update = useAppStore((s) => s.updateCriteria);
  const reset = useAppStore((s) => s.resetCriteria);
  const selection = useAppStore((s) => s.selection);
  const visible = useAppStore(selectVisible);
  const typeCounts = useAppStore(selectTypeCounts);
  const hallmarks = useAppStore(selectHallmarks);
  const cancerFacets = useAppStore(selectCancerFacets);
  const selectedNode = selection?.kind === 'node' ? selection.id : null;
  const hood = criteria.focus?.hops ?? 0;

  return (
    <form className="filters" aria-label="Filters" onSubmit={(e) => e.preventDefault()}>
      <p className="counts" role="status" aria-live="polite">
        Showing <strong>{visible.nodes.size}</strong> of {graph.nodes.length} nodes, <strong>{visible.edges.size}</strong> of {graph.edges.length} edges
      </p>
      <button type="button" onClick={reset}>Reset filters</button>

      <CheckboxGroup
        legend="Node types"
        allMeansOff
        checked={criteria.nodeTypes}
        options={NODE_TYPES.filter((t) => typeCounts.has(t)).map((t) => ({ value: t, label: <><TypeBadge type={t} /> {t}</>, count: typeCounts.get(t) }))}
        onChange={(values) => update({ nodeTypes: values as NodeType[] })}
      />

      <CheckboxGroup
        legend="Hallmarks"
        allMeansOff={false}
        checked={criteria.hallmarks}
        options={hallmarks.map((h) => ({ value: h.id, label: h.label }))}
        onChange={(values) => update({ hallmarks: values })}
      />
      <label className="inline">
        Steps to the hallmark
        <select
          value={criteria.hallmarkHops ?? DEFAULT_HALLMARK_HOPS}
          onChange={(e) => update({ hallmarkHops: Number(e.target.value) })}
        >
          {Array.from({ length: MAX_FILTER_HOPS }, (_, i) => i + 1).map((n) => <option key={n} value={n}>{n}</option>)}
        </select>
      </label>

      <CheckboxGroup
        legend="Cancer types"
        className="scroll"
        allMeansOff={false}
        checked={criteria.cancers}
        options={cancerFacets.map((f) => ({ value: f.cancer, label: f.cancer, count: f.edges }))}
        onChange={(values) => update({ cancers: values })}
      />
      {(criteria.cancers?.length || criteria.sections?.length) && criteria.hallmarks?.length ? (
        <p className="hint">Shows the matching evidence and the paths of at most {criteria.hallmarkHops ?? DEFAULT_HALLMARK_HOPS} steps that lead from it to the chosen hallmarks.</p>
      ) : null}

      <CheckboxGroup
        legend="Review sections"
        className="scroll"
        allMeansOff={false}
        checked={criteria.sections}
        options={sectionsOf(graph).map((s) => ({ value: s.slug, label: s.title }))}
        onChange={(values) => update({ sections: values })}
      />

      <CheckboxGroup
        legend="Edge sign"
        allMeansOff
        checked={criteria.signs?.map(String)}
        options={SIGN_OPTIONS}
        onChange={(values) => update({ signs: values.map(Number) as Sign[] })}
      />
      <label className="check">
        <input type="checkbox" checked={!!criteria.hideHedged} onChange={(e) => update({ hideHedged: e.target.checked })} />
        Hide edges the review only hedges (“may”, “is thought”)
      </label>

      <fieldset>
        <legend>Neighbourhood</legend>
        <label className="inline">
          Around the selected node
          <select
            value={hood}
            disabled={!selectedNode && !criteria.focus}
            onChange={(e) => {
              const hops = Number(e.target.value);
              const nodeId = selectedNode ?? criteria.focus?.nodeId;
              update({ focus: hops && nodeId ? { nodeId, hops } : undefined });
            }}
          >
            <option value={0}>whole graph</option>
            <option value={1}>1 step</option>
            <option value={2}>2 steps</option>
            <option value={3}>3 steps</option>
          </select>
        </label>
        {!selectedNode && !criteria.focus && <p className="hint">Select a node to use this filter.</p>}
        <label className="check">
          <input type="checkbox" checked={!!criteria.hideIsolated} onChange={(e) => update({ hideIsolated: e.target.checked })} />
          Hide unconnected nodes
        </label>
      </fieldset>
    </form>
  );
}
