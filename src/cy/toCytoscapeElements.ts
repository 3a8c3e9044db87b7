// Converting our graph into Cytoscape element definitions. Everything the stylesheet
// needs travels as data or classes (style functions do not survive cy.json()).

import type { ElementDefinition } from 'cytoscape';
import type { ExonetGraph } from '../core/model/types';
import { signKindOf, THEME_NODE_COLOURS } from '../core/export/visualVocabulary';
import { relationPhrase } from '../core/words/phrases';
import { NODE_VISUALS } from './nodeVisuals';


/** Degree-weighted size, so hubs stand out without swamping the canvas. */
function sizeFor(base: number, degree: number): number {
  return Math.round(base * (1 + Math.min(1.2, Math.log2(1 + degree) / 5)));
}

export function toCytoscapeElements(graph: ExonetGraph): ElementDefinition[] {
  const degree = new Map<string, number>();
  for (const e of graph.edges) {
    degree.set(e.source, (degree.get(e.source) ?? 0) + 1);
    degree.set(e.target, (degree.get(e.target) ?? 0) + 1);
  }
  const nodes: ElementDefinition[] = graph.nodes.map((n) => {
    const visual = NODE_VISUALS[n.type];
    const d = degree.get(n.id) ?? 0;
    const position = graph.positions?.[n.id];
    return {
      group: 'nodes',
      data: {
        id: n.id,
        label: n.label,
        type: n.type,
        color: visual.color,
        // The dark themes' fill: each theme's palette keeps 3:1 against its background.
        colorDark: THEME_NODE_COLOURS.dark[n.type],
        shape: visual.shape,
        textColor: visual.text,
        size: sizeFor(visual.size, d),
        fontSize: n.type === 'hallmark' ? 44 : d >= 15 ? 34 : d >= 6 ? 18 : 13,
        degree: d,
      },
      classes: [`type-${n.type}`, n.exosomal ? 'exosomal' : ''].filter(Boolean).join(' '),
      ...(position ? { position: { x: position.x, y: position.y } } : {}),
    };
  });
  const edges: ElementDefinition[] = graph.edges.map((e) => ({
    group: 'edges',
    data: {
      id: e.id,
      source: e.source,
      target: e.target,
      relation: e.relation,
      label: relationPhrase(e.relation).forward,
      sign: e.sign,
      refCount: new Set(e.evidence.flatMap((ev) => ev.refs)).size,
    },
    classes: signKindOf(e.sign),
  }));
  return [...nodes, ...edges];
}
