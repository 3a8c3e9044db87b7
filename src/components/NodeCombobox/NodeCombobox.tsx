// A combobox over the graph's nodes (ARIA 1.2 pattern): suggestions over ids, labels and
// aliases, usable with the keyboard alone (arrows, Enter, Escape).

import { useId, useMemo, useState, type KeyboardEvent } from 'react';
import { normalizeName } from '../../core/model/normalizeName';
import type { GraphNode } from '../../core/model/types';
import { MAX_SEARCH_LENGTH } from '../../core/view/viewState';
import { nameIndexOf } from '../../state/selectors';
import { useAppStore } from '../../state/store';
import { TypeBadge } from '../Legend/TypeBadge';

interface Props {
  label: string;
  text: string;
  onText(text: string): void;
  onChoose(node: GraphNode): void;
  placeholder?: string;
  className?: string;
  /** Node types suggested first (after exact matches). */
  preferTypes?: readonly string[];
  /** Called after Enter chooses a suggestion, or on Enter once a node is chosen. */
  onEnter?(node: GraphNode | null): void;
}

export function NodeCombobox({ label, text, onText, onChoose, placeholder, className, preferTypes, onEnter }: Props) {
  const graph = useAppStore((s) => s.graph);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const listId = useId();
  const inputId = `${listId}-input`;
  const matches = useMemo(() => (normalizeName(text) ? nameIndexOf(graph).search(text, 12, { preferTypes }) : []), [graph, text, preferTypes]);
  const tooLong = text.length > MAX_SEARCH_LENGTH;

  const choose = (index: number): GraphNode | null => {
    const m = matches[index];
    if (!m) return null;
    onText(m.node.label);
    onChoose(m.node);
    setOpen(false);
    return m.node;
  };

  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'ArrowDown') {
      e.preventDefault();
      setActive((a) => (open ? Math.min(matches.length - 1, a + 1) : 0));
      setOpen(true);
    } else if (e.key === 'ArrowUp') {
      e.preventDefault();
      setActive((a) => Math.max(0, a - 1));
    } else if (e.key === 'Enter' && (matches.length || onEnter)) {
      // Enter takes the highlighted suggestion; with onEnter it also goes on (runs the
      // search), even when the node was chosen before.
      e.preventDefault();
      const node = open && matches.length ? choose(active) : onEnter ? null : choose(0);
      onEnter?.(node);
    } else if (e.key === 'Escape') {
      if (open) setOpen(false);
      else onText('');
    }
  };

  const showList = open && matches.length > 0;
  const noMatch = open && !tooLong && normalizeName(text) !== '' && matches.length === 0;
  return (
    <div className={`combobox ${className ?? ''}`}>
      <label className="field-label" htmlFor={inputId}>{label}</label>
      <input
        id={inputId}
        type="text"
        role="combobox"
        data-field={label}
        aria-expanded={showList}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={showList ? `${listId}-${active}` : undefined}
        aria-invalid={tooLong || undefined}
        placeholder={placeholder}
        value={text}
        onChange={(e) => {
          onText(e.target.value.slice(0, MAX_SEARCH_LENGTH + 1));
          setOpen(true);
          setActive(0);
        }}
        onFocus={() => setOpen(true)}
        onBlur={() => setOpen(false)}
        onKeyDown={onKeyDown}
      />
      <ul id={listId} role="listbox" aria-label={`${label} suggestions`} className="suggestions" hidden={!showList}>
        {matches.map((m, i) => (
          <li
            key={m.node.id}
            id={`${listId}-${i}`}
            role="option"
            aria-selected={i === active}
            className={i === active ? 'active' : undefined}
            onMouseDown={(e) => {
              e.preventDefault();
              choose(i);
            }}
          >
            <TypeBadge type={m.node.type} />
            <span className="suggestion-label">{m.node.label}</span>
            {m.matched !== m.node.label && m.matched !== m.node.id && <span className="suggestion-alias">{m.matched}</span>}
            <span className="suggestion-type">{m.node.type}</span>
          </li>
        ))}
      </ul>
      {noMatch && <div className="combobox-note" role="status">No node matches “{text.slice(0, 60)}”</div>}
      {tooLong && <div className="combobox-note" role="alert">Search text is limited to {MAX_SEARCH_LENGTH} characters</div>}
    </div>
  );
}
