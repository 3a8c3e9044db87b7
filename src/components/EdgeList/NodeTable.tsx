// The visible nodes as a table: label, type and connections (edges shown now, and in the
// whole graph where a filter hides some). A row's button selects the node; the selected
// node is marked and brought into view.

import { memo, useCallback, useEffect, useId, useMemo, useRef, useState } from 'react';
import { sortNodeRows, type NodeRow, type NodeSortKey } from '../../core/words/edgeSentences';
import { countOf } from '../../core/words/phrases';
import { useAppStore } from '../../state/store';
import { TypeBadge } from '../Legend/TypeBadge';
import { moveBetweenRows, SortHeader, type SortState } from './SortHeader';

const SORT_WORDS: Readonly<Record<NodeSortKey, string>> = { label: 'name', type: 'type', connections: 'connections' };

const NodeRowView = memo(function NodeRowView({ row, selected, onSelect }: { row: NodeRow; selected: boolean; onSelect(id: string): void }) {
  return (
    <tr
      data-id={row.id}
      className={selected ? 'selected' : undefined}
      aria-selected={selected || undefined}
      onClick={(e) => {
        if (!(e.target as HTMLElement).closest('a, button')) onSelect(row.id);
      }}
    >
      <td><button type="button" className="row-select" onClick={() => onSelect(row.id)}>{row.label}</button></td>
      <td className="type-cell"><TypeBadge type={row.type} /> {row.type}</td>
      <td className="number-cell">
        {row.connections}
        {row.connections !== row.total && <span className="of-total"> of {row.total}</span>}
      </td>
    </tr>
  );
});

export function NodeTable({ rows }: { rows: readonly NodeRow[] }) {
  const selection = useAppStore((s) => s.selection);
  const [sort, setSort] = useState<SortState<NodeSortKey>>({ key: 'label', direction: 'ascending' });
  const sorted = useMemo(() => sortNodeRows(rows, sort.key, sort.direction), [rows, sort]);
  const body = useRef<HTMLTableSectionElement>(null);
  const orderId = useId();

  const onSelect = useCallback((id: string) => {
    const s = useAppStore.getState();
    s.select({ kind: 'node', id });
    s.setPanel('details');
  }, []);

  useEffect(() => {
    if (selection?.kind !== 'node' || !body.current) return;
    body.current.querySelector(`tr[data-id="${CSS.escape(selection.id)}"]`)?.scrollIntoView({ block: 'nearest' });
  }, [selection, sorted]);

  const nodeId = selection?.kind === 'node' ? selection.id : null;
  return (
    <>
      <p className="table-order" id={orderId}>{countOf(rows.length, 'node')}, sorted by {SORT_WORDS[sort.key]} ({sort.direction}).</p>
      <table className="text-table node-table" aria-describedby={orderId}>
        <caption>Visible nodes</caption>
        <thead>
          <tr>
            <SortHeader column="label" label="Node" sort={sort} onSort={setSort} />
            <SortHeader column="type" label="Type" sort={sort} onSort={setSort} />
            <SortHeader column="connections" label="Connections" sort={sort} onSort={setSort} first="descending" className="number-cell" />
          </tr>
        </thead>
        <tbody ref={body} onKeyDown={(e) => moveBetweenRows(e, '.row-select')}>
          {sorted.map((row) => <NodeRowView key={row.id} row={row} selected={row.id === nodeId} onSelect={onSelect} />)}
        </tbody>
      </table>
    </>
  );
}
