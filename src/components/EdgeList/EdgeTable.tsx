// The visible edges as a table: one row per edge, read as a sentence ("TGFβ activates
// fibroblast [108, 109]"), with hedged statements marked, each reference a link and the
// sections that state it. Sortable by every column; sorting by a node groups its edges.
// A row's button (or a click on the row) selects the edge; the selection is marked here
// whichever way it was made.

import { memo, useCallback, useEffect, useId, useMemo, useRef, useState } from 'react';
import { sectionTitle } from '../../core/model/sections';
import type { ExonetGraph } from '../../core/model/types';
import { groupStarts, sortEdgeRows, type EdgeRow, type EdgeSortKey } from '../../core/words/edgeSentences';
import { countOf } from '../../core/words/phrases';
import { useAppStore } from '../../state/store';
import { Citations } from '../SidePanel/Citations';
import { moveBetweenRows, SortHeader, type SortState } from './SortHeader';

const SORT_WORDS: Readonly<Record<EdgeSortKey, string>> = {
  source: 'source',
  relation: 'relation',
  target: 'target',
  references: 'first reference',
  section: 'section, in the review’s order',
};

interface RowProps {
  row: EdgeRow;
  graph: ExonetGraph;
  groupStart: boolean;
  selected: boolean;
  touching: boolean;
  onSelect(id: string): void;
}

const EdgeRowView = memo(function EdgeRowView({ row, graph, groupStart, selected, touching, onSelect }: RowProps) {
  const classes = [groupStart ? 'group-start' : '', selected ? 'selected' : '', touching ? 'touches-selection' : '', row.hedged === 'all' ? 'hedged' : ''].filter(Boolean).join(' ');
  return (
    <tr
      data-id={row.id}
      className={classes || undefined}
      aria-selected={selected || undefined}
      onClick={(e) => {
        if (!(e.target as HTMLElement).closest('a, button')) onSelect(row.id);
      }}
    >
      <td className="node-cell">{row.sourceLabel}</td>
      <td className="relation-cell">
        <button type="button" className="row-select" onClick={() => onSelect(row.id)}>
          <span className="visually-hidden">{row.sourceLabel} </span>
          {row.phrase}
          <span className="visually-hidden"> {row.targetLabel}</span>
        </button>
        {row.hedged !== 'none' && (
          <span className="hedged-tag" title={row.hedgeWords.length ? `The review hedges it: “${row.hedgeWords.join('”, “')}”` : 'The review hedges it'}>
            {row.hedged === 'all' ? 'hedged' : 'partly hedged'}
          </span>
        )}
      </td>
      <td className="node-cell">{row.targetLabel}</td>
      <td className="refs-cell"><Citations refs={row.refs} source={graph.source} references={graph.references} /></td>
      <td className="section-cell">{row.sections.map((slug) => sectionTitle(graph, slug)).join('; ')}</td>
    </tr>
  );
});

export function EdgeTable({ rows }: { rows: readonly EdgeRow[] }) {
  const graph = useAppStore((s) => s.graph);
  const selection = useAppStore((s) => s.selection);
  const [sort, setSort] = useState<SortState<EdgeSortKey>>({ key: 'source', direction: 'ascending' });
  const sorted = useMemo(() => sortEdgeRows(graph, rows, sort.key, sort.direction), [graph, rows, sort]);
  const starts = useMemo(() => groupStarts(sorted, sort.key), [sorted, sort.key]);
  const body = useRef<HTMLTableSectionElement>(null);
  const orderId = useId();

  const onSelect = useCallback((id: string) => {
    const s = useAppStore.getState();
    s.select({ kind: 'edge', id });
    s.requestPan(id);
    s.setPanel('details');
  }, []);

  // The selected edge, or the first edge of the selected node, is brought into view.
  useEffect(() => {
    if (!selection || !body.current) return;
    const row = selection.kind === 'edge'
      ? body.current.querySelector(`tr[data-id="${CSS.escape(selection.id)}"]`)
      : body.current.querySelector('tr.touches-selection');
    row?.scrollIntoView({ block: 'nearest' });
  }, [selection, sorted]);

  const edgeId = selection?.kind === 'edge' ? selection.id : null;
  const nodeId = selection?.kind === 'node' ? selection.id : null;
  const header = (column: EdgeSortKey, label: string) => <SortHeader column={column} label={label} sort={sort} onSort={setSort} />;
  return (
    <>
    <p className="table-order" id={orderId}>{countOf(rows.length, 'edge')}, sorted by {SORT_WORDS[sort.key]} ({sort.direction}).</p>
    <table className="text-table edge-table" aria-describedby={orderId}>
      <caption>Visible edges</caption>
      <thead>
        <tr>
          {header('source', 'Source')}
          {header('relation', 'Relation')}
          {header('target', 'Target')}
          {header('references', 'References')}
          {header('section', 'Section')}
        </tr>
      </thead>
      <tbody ref={body} onKeyDown={(e) => moveBetweenRows(e, '.row-select')}>
        {sorted.map((row, i) => (
          <EdgeRowView
            key={row.id}
            row={row}
            graph={graph}
            groupStart={starts[i]}
            selected={row.id === edgeId}
            touching={nodeId !== null && (row.source === nodeId || row.target === nodeId)}
            onSelect={onSelect}
          />
        ))}
      </tbody>
    </table>
    </>
  );
}
