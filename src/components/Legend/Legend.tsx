// The legend: node types (shape and colour) and edge styles (activation, inhibition,
// non-causal).

import { NODE_TYPES } from '../../core/model/types';
import { EDGE_COLORS } from '../../cy/nodeVisuals';
import { TypeBadge } from './TypeBadge';

export function Legend() {
  return (
    <details className="legend" open aria-label="Legend">
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
          <svg width="34" height="12" aria-hidden="true"><line x1="1" y1="6" x2="26" y2="6" stroke={EDGE_COLORS.activation} strokeWidth="2" /><path d="M25 1.5 33 6 25 10.5Z" fill={EDGE_COLORS.activation} /></svg>
          activates (+)
        </li>
        <li>
          <svg width="34" height="12" aria-hidden="true"><line x1="1" y1="6" x2="31" y2="6" stroke={EDGE_COLORS.inhibition} strokeWidth="2" /><line x1="31" y1="1" x2="31" y2="11" stroke={EDGE_COLORS.inhibition} strokeWidth="3" /></svg>
          inhibits (−)
        </li>
        <li>
          <svg width="34" height="12" aria-hidden="true"><line x1="1" y1="6" x2="33" y2="6" stroke={EDGE_COLORS.neutral} strokeWidth="2" strokeDasharray="5 3" /></svg>
          non-causal (cargo, marker…)
        </li>
      </ul>
    </details>
  );
}
