// The path finder: from and to with suggestions, the options, and the ranked list of
// paths with net effect and references. Choosing a path highlights it on the canvas and
// lists its steps with their claims and citations.

import { useState } from 'react';
import { effectLine, netEffectOf, pathChain } from '../../core/paths/formatPath';
import { clampToLimit, DEFAULT_PATH_QUERY, PATH_LIMITS, type PathQuery, type PathQueryOptions } from '../../core/paths/pathQuery';
import { countOf } from '../../core/words/phrases';
import { nodeMapOf, selectPathResults } from '../../state/selectors';
import { useAppStore } from '../../state/store';
import { NodeCombobox } from '../NodeCombobox/NodeCombobox';
import { PathSteps } from './PathSteps';

/** The end of a path is most often a hallmark: suggest those first in "To". */
const HALLMARK_FIRST = ['hallmark'] as const;

export function PathFinder() {
  const graph = useAppStore((s) => s.graph);
  const query = useAppStore((s) => s.pathQuery);
  const activePath = useAppStore((s) => s.activePath);
  const setQuery = useAppStore((s) => s.setPathQuery);
  const setActive = useAppStore((s) => s.setActivePath);
  const nodes = nodeMapOf(graph);
  const [fromText, setFromText] = useState(() => (query ? nodes.get(query.from)?.label ?? '' : ''));
  const [toText, setToText] = useState(() => (query ? nodes.get(query.to)?.label ?? '' : ''));
  const [from, setFrom] = useState(query?.from ?? '');
  const [to, setTo] = useState(query?.to ?? '');
  const [options, setOptions] = useState<PathQueryOptions>(() => ({ ...DEFAULT_PATH_QUERY, ...(query ?? {}) }));

  const results = useAppStore(selectPathResults);
  const canRun = nodes.has(from) && nodes.has(to) && from !== to;
  const runWith = (start: string, end: string) => {
    if (nodes.has(start) && nodes.has(end) && start !== end) setQuery({ from: start, to: end, ...options });
  };
  const run = () => runWith(from, to);

  return (
    <section className="path-finder" aria-labelledby="paths-title">
      <h2 id="paths-title">Find paths</h2>
      <form onSubmit={(e) => { e.preventDefault(); run(); }}>
        <NodeCombobox label="From" text={fromText} onText={(t) => { setFromText(t); setFrom(''); }} onChoose={(n) => setFrom(n.id)} placeholder="e.g. HSP70" />
        <NodeCombobox
          label="To"
          text={toText}
          onText={(t) => { setToText(t); setTo(''); }}
          onChoose={(n) => setTo(n.id)}
          onEnter={(n) => runWith(from, n?.id ?? to)}
          preferTypes={HALLMARK_FIRST}
          placeholder="e.g. immune evasion"
        />
        <div className="path-options">
          <label>Paths <input type="number" min={PATH_LIMITS.k.min} max={PATH_LIMITS.k.max} value={options.k} onChange={(e) => setOptions({ ...options, k: clampToLimit(e.target.valueAsNumber, PATH_LIMITS.k) })} /></label>
          <label>Max steps <input type="number" min={PATH_LIMITS.maxHops.min} max={PATH_LIMITS.maxHops.max} value={options.maxHops} onChange={(e) => setOptions({ ...options, maxHops: clampToLimit(e.target.valueAsNumber, PATH_LIMITS.maxHops) })} /></label>
          <label>Effect
            <select value={options.effect ?? ''} onChange={(e) => setOptions({ ...options, effect: (e.target.value || null) as PathQuery['effect'] })}>
              <option value="">any</option>
              <option value="promotes">promotes</option>
              <option value="suppresses">suppresses</option>
            </select>
          </label>
          <label className="check"><input type="checkbox" checked={options.undirected} onChange={(e) => setOptions({ ...options, undirected: e.target.checked })} /> Ignore direction</label>
        </div>
        <button type="submit" disabled={!canRun}>Find paths</button>
        {query && <button type="button" onClick={() => setQuery(null)}>Clear</button>}
        {!canRun && (fromText || toText) && <p className="hint">Choose both ends from the suggestions.</p>}
      </form>

      {query && (
        <div className="path-results">
          {results.length === 0 ? (
            <p role="status">No {query.undirected ? '' : 'causal '}path from {nodes.get(query.from)?.label} to {nodes.get(query.to)?.label} within {query.maxHops} steps.{!query.undirected && ' Try “Ignore direction” or more steps.'}</p>
          ) : (
            <>
              <p role="status">{countOf(results.length, 'path')}, fewest steps first, then fewest hedged steps</p>
              <ol className="path-list">
                {results.map((p, i) => (
                  <li key={p.nodes.join('>')}>
                    <button type="button" className={i === activePath ? 'path-choice active' : 'path-choice'} aria-pressed={i === activePath} onClick={() => setActive(i)}>
                      <span className="chain">{pathChain(graph, p)}</span>
                      <span className="path-effect">
                        <span className={`effect effect-${netEffectOf(graph, p)}`}>{effectLine(graph, p)}</span>
                        <span className="ref-count">{countOf(p.refs.length, 'reference')}</span>
                        {p.hedged > 0 && <span className="hedged-count">{countOf(p.hedged, 'hedged step')}</span>}
                      </span>
                    </button>
                  </li>
                ))}
              </ol>
              {results[activePath] && <PathSteps path={results[activePath]} />}
            </>
          )}
        </div>
      )}
    </section>
  );
}
