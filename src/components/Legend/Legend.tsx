// The legend: node types (shape and colour) and edge styles (activation, inhibition,
// non-causal).

import { useEffect, useRef } from 'react';
import { NODE_TYPES } from '../../core/model/types';
import { THEME_EDGE_COLOURS } from '../../core/export/visualVocabulary';
import { selectFocus } from '../../state/canvasStateOf';
import { useAppStore } from '../../state/store';
import { TypeBadge } from './TypeBadge';

/** Space kept free around the legend when the canvas frames what it shows. */
const GAP = 10;

export function Legend() {
  const open = useAppStore((s) => s.legendOpen);
  const setOpen = useAppStore((s) => s.setLegendOpen);
  const setInset = useAppStore((s) => s.setOverlayInset);
  const focused = useAppStore((s) => selectFocus(s) !== null);
  const ref = useRef<HTMLDetailsElement>(null);
  const edgeColours = THEME_EDGE_COLOURS[useAppStore((s) => s.theme)];

  // A focused view needs the room: the legend folds away when one begins (not when the
  // legend comes back after presenting, which restores it as it was).
  const wasFocused = useRef(focused);
  useEffect(() => {
    if (focused && !wasFocused.current) useAppStore.getState().setLegendOpen(false);
    wasFocused.current = focused;
  }, [focused]);

  // The canvas frames its elements above the legend, whatever its size.
  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    const report = () => setInset('legend', { top: 0, right: 0, left: 0, bottom: Math.ceil(el.getBoundingClientRect().height) + 2 * GAP });
    report();
    const observer = typeof ResizeObserver !== 'undefined' ? new ResizeObserver(report) : null;
    observer?.observe(el);
    return () => {
      observer?.disconnect();
      setInset('legend', null);
    };
  }, [setInset]);

  return (
    <details
      ref={ref}
      className="legend"
      open={open}
      aria-label="Legend"
      onToggle={(e) => {
        if (e.currentTarget.open !== open) setOpen(e.currentTarget.open);
      }}
    >
      <summary>Legend</summary>
      <ul className="legend-types">
        {NODE_TYPES.map((type) => (
          <li key={type}>
            <TypeBadge type={type} />
            {type}
          </li>
        ))}
      </ul>
      <ul className="legend-edges">
        <li>
          <svg width="34" height="12" aria-hidden="true"><line x1="1" y1="6" x2="26" y2="6" stroke={edgeColours.activation} strokeWidth="2" /><path d="M25 1.5 33 6 25 10.5Z" fill={edgeColours.activation} /></svg>
          activates (+)
        </li>
        <li>
          <svg width="34" height="12" aria-hidden="true"><line x1="1" y1="6" x2="31" y2="6" stroke={edgeColours.inhibition} strokeWidth="2" /><line x1="31" y1="1" x2="31" y2="11" stroke={edgeColours.inhibition} strokeWidth="3" /></svg>
          inhibits (−)
        </li>
        <li>
          <svg width="34" height="12" aria-hidden="true"><line x1="1" y1="6" x2="33" y2="6" stroke={edgeColours.neutral} strokeWidth="2" strokeDasharray="5 3" /></svg>
          non-causal (cargo, marker…)
        </li>
      </ul>
    </details>
  );
}
