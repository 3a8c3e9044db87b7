// A group of a node's edges under one relation; a long group shows its first edges and a
// button for the rest, so that a hub's panel stays readable.

import { useState, type ReactNode } from 'react';

const FIRST = 8;

interface Props {
  title: string;
  count: number;
  children(limit: number): ReactNode;
}

export function EdgeGroup({ title, count, children }: Props) {
  const [all, setAll] = useState(false);
  return (
    <section className="edge-group">
      <h3>{title} <span className="k">({count})</span></h3>
      <ul className="edge-list">{children(all ? count : FIRST)}</ul>
      {count > FIRST && (
        <button type="button" className="link-button small" aria-expanded={all} onClick={() => setAll(!all)}>
          {all ? 'Show fewer' : `Show all ${count}`}
        </button>
      )}
    </section>
  );
}
