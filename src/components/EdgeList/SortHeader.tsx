// A sortable column header: a button that sorts by the column (again: the other way), with
// aria-sort on the column that orders the rows.

import type { SortDirection } from '../../core/words/edgeSentences';

export interface SortState<K extends string> {
  key: K;
  direction: SortDirection;
}

interface Props<K extends string> {
  column: K;
  label: string;
  sort: SortState<K>;
  onSort(next: SortState<K>): void;
  /** The direction a first click sorts in (numbers: most first). */
  first?: SortDirection;
  className?: string;
}

export function SortHeader<K extends string>({ column, label, sort, onSort, first = 'ascending', className }: Props<K>) {
  const active = sort.key === column;
  const next: SortDirection = active ? (sort.direction === 'ascending' ? 'descending' : 'ascending') : first;
  return (
    <th scope="col" aria-sort={active ? sort.direction : undefined} className={className}>
      <button type="button" className="sort-button" onClick={() => onSort({ key: column, direction: next })}>
        {label}
        <span className="sort-mark" aria-hidden="true">{active ? (sort.direction === 'ascending' ? ' ▲' : ' ▼') : ' ↕'}</span>
      </button>
    </th>
  );
}

/** Moves focus to the same control in the row above or below on ↑ and ↓ (the tables' buttons). */
export function moveBetweenRows(e: React.KeyboardEvent<HTMLTableSectionElement>, selector: string): void {
  if (e.key !== 'ArrowDown' && e.key !== 'ArrowUp') return;
  const target = e.target as HTMLElement;
  if (!target.matches(selector)) return;
  const row = target.closest('tr');
  const next = (e.key === 'ArrowDown' ? row?.nextElementSibling : row?.previousElementSibling)?.querySelector<HTMLElement>(selector);
  if (!next) return;
  e.preventDefault();
  next.focus();
}
