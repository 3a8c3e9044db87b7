// The text view of the graph: what the canvas shows (the same filters, neighbourhood or
// path) as two real tables, the visible edges said in plain words and the visible nodes,
// with the same selection as the canvas. Loaded on demand by EdgeListHost, with its own
// stylesheet.

import { useMemo, useState } from 'react';
import { edgeRows, nodeRows } from '../../core/words/edgeSentences';
import { countOf } from '../../core/words/phrases';
import { selectFocus, selectShown } from '../../state/canvasStateOf';
import { useAppStore } from '../../state/store';
import { EdgeTable } from './EdgeTable';
import { NodeTable } from './NodeTable';
import './edgeList.css';

type Table = 'edges' | 'nodes';

export default function EdgeListView() {
  const graph = useAppStore((s) => s.graph);
  const shown = useAppStore(selectShown);
  const onPaths = useAppStore((s) => selectFocus(s)?.kind === 'paths');
  const narrowed = shown.nodes.size < graph.nodes.length || shown.edges.size < graph.edges.length;
  const [table, setTable] = useState<Table>('edges');
  const edges = useMemo(() => edgeRows(graph, shown), [graph, shown]);
  const nodes = useMemo(() => nodeRows(graph, shown), [graph, shown]);
  const scope = onPaths ? 'the paths found' : narrowed ? 'what the filters leave' : 'the whole graph';
  return (
    <section className="edge-list-view" aria-labelledby="edge-list-title">
      <header className="edge-list-head">
        <h2 id="edge-list-title">Edge list</h2>
        <p className="edge-list-scope">{countOf(edges.length, 'edge')} and {countOf(nodes.length, 'node')}: {scope}, as on the map. Select a row to read its evidence.</p>
        <div className="table-choice" role="group" aria-label="Table">
          <button type="button" aria-pressed={table === 'edges'} onClick={() => setTable('edges')}>Edges</button>
          <button type="button" aria-pressed={table === 'nodes'} onClick={() => setTable('nodes')}>Nodes</button>
        </div>
      </header>
      <div className="edge-list-scroll">
        {table === 'edges' ? <EdgeTable rows={edges} /> : <NodeTable rows={nodes} />}
      </div>
    </section>
  );
}
