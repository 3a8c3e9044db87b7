// A small swatch in the shape and colour of a node type, with its name for screen readers.

import type { NodeType } from '../../core/model/types';
import { THEME_NODE_COLOURS } from '../../core/export/visualVocabulary';
import { NODE_VISUALS } from '../../cy/nodeVisuals';
import { useAppStore } from '../../state/store';

const SHAPE_PATHS: Record<string, string> = {
  ellipse: 'M8 1a7 7 0 1 0 0.01 0Z',
  diamond: 'M8 0.5 15.5 8 8 15.5 0.5 8Z',
  'round-rectangle': 'M3 2h10a2 2 0 0 1 2 2v8a2 2 0 0 1-2 2H3a2 2 0 0 1-2-2V4a2 2 0 0 1 2-2Z',
  hexagon: 'M4 1.5h8L15.5 8 12 14.5H4L0.5 8Z',
  barrel: 'M3 2h10q2 6 0 12H3q-2-6 0-12Z',
  star: 'M8 0.5l2.2 4.9 5.3.5-4 3.6 1.2 5.2L8 12l-4.7 2.7 1.2-5.2-4-3.6 5.3-.5Z',
  triangle: 'M8 1 15.5 14.5H0.5Z',
  'round-octagon': 'M5 1h6l4 4v6l-4 4H5l-4-4V5Z',
  vee: 'M0.5 1.5 8 6 15.5 1.5 8 14.5Z',
  tag: 'M1 2h9l5 6-5 6H1Z',
  rhomboid: 'M4 2h11.5L12 14H0.5Z',
};

export function TypeBadge({ type, size = 16 }: { type: NodeType; size?: number }) {
  const visual = NODE_VISUALS[type];
  // The canvas's palette for the theme, so that the swatch matches the node.
  const fill = THEME_NODE_COLOURS[useAppStore((s) => s.theme)][type];
  return (
    <svg className="type-badge" width={size} height={size} viewBox="0 0 16 16" aria-hidden="true" focusable="false">
      <path d={SHAPE_PATHS[visual.shape] ?? SHAPE_PATHS.ellipse} fill={fill} stroke="currentColor" strokeWidth="0.6" />
    </svg>
  );
}
