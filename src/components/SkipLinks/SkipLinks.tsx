// Skip links, the first stops of the page: straight to the canvas, the side panel or the
// filters, past the header's controls (and past the 78 filter checkboxes to the side panel).
// Hidden until focused.

import type { MouseEvent } from 'react';
import { flushSync } from 'react-dom';
import { useAppStore } from '../../state/store';
import { focusHeading } from '../Focus/focusHooks';

const LINKS = [
  { target: 'canvas-area', label: 'Skip to the network' },
  { target: 'side-panel', label: 'Skip to the side panel' },
  { target: 'filters', label: 'Skip to the filters' },
] as const;

/** The element a skip link moves focus to: the canvas itself once it takes focus, else its area. */
function targetOf(id: string): HTMLElement | null {
  const area = document.getElementById(id);
  if (id === 'canvas-area') {
    const canvas = area?.querySelector<HTMLElement>('[data-testid="graph-canvas"][tabindex]');
    if (canvas) return canvas;
  }
  return area;
}

export function SkipLinks() {
  const go = (e: MouseEvent<HTMLAnchorElement>, id: string) => {
    // Focus moves without touching the address, which holds the view.
    e.preventDefault();
    // On a narrow screen the filters are folded away: unfold them first.
    if (id === 'filters' && !useAppStore.getState().filtersOpen && document.getElementById(id)?.getClientRects().length === 0) {
      flushSync(() => useAppStore.getState().setFiltersOpen(true));
    }
    const el = targetOf(id);
    if (!el) return;
    focusHeading(el);
    el.scrollIntoView?.({ block: 'nearest' });
  };
  return (
    <nav className="skip-links" aria-label="Skip links">
      {LINKS.map((l) => (
        <a key={l.target} href={`#${l.target}`} onClick={(e) => go(e, l.target)}>{l.label}</a>
      ))}
    </nav>
  );
}
