import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { toCytoscapeJson, toCytoscapeValue } from '../../../../src/core/export/toCytoscapeJson';
import { NODE_TYPE_VISUALS, SIGN_VISUALS } from '../../../../src/core/export/visualVocabulary';
import { fromCytoscapeJson, looksLikeCytoscapeJson } from '../../../../src/core/model/fromCytoscapeJson';
import { parseGraphText } from '../../../../src/core/model/parseGraphText';
import type { ExonetGraph } from '../../../../src/core/model/types';
import { graphArbitrary } from '../../arbitraries/graphArbitrary';
import { tinyGraph } from '../../fixtures/tinyGraph';

function parsedBack(text: string): ExonetGraph {
  const result = parseGraphText(text);
  if (!result.ok) throw new Error(result.problems.map((p) => `${p.where}: ${p.message}`).join('\n'));
  return result.value;
}

/** The one thing the format cannot hold: an empty positions map (no element to carry it). */
function withoutEmptyPositions(graph: ExonetGraph): ExonetGraph {
  if (!graph.positions || Object.keys(graph.positions).length) return graph;
  const rest = { ...graph };
  delete rest.positions;
  return rest;
}

describe('core/export/toCytoscapeJson', () => {
  describe('toCytoscapeJson', () => {
    it('should keep our fields when a database of the xrefs is named like one of them', () => {
      const graph = tinyGraph();
      graph.nodes[0].xrefs = { label: 'not the label', hgnc: 'TGFB1' } as ExonetGraph['nodes'][0]['xrefs'];
      const node = toCytoscapeValue(graph).elements.nodes[0].data;
      expect(node).toMatchObject({ label: 'TGFβ', hgnc: 'TGFB1', xrefs: { label: 'not the label' } });
      expect(parsedBack(toCytoscapeJson(graph))).toStrictEqual(graph);
    });

    it('should write the Cytoscape.js header and the review as network data', () => {
      const graph: ExonetGraph = { ...tinyGraph(), references: [{ n: 121, text: 'Doe J. 2020' }] };
      const value = JSON.parse(toCytoscapeJson(graph));
      expect(value).toMatchObject({
        format_version: '1.0',
        generated_by: 'exonet-explorer',
        target_cytoscapejs_version: '~3.35',
        data: { name: 'A tiny review', source: graph.source, references: graph.references },
      });
      expect(looksLikeCytoscapeJson(value)).toBe(true);
      expect(JSON.parse(toCytoscapeJson(graph, { name: 'My network' })).data.name).toBe('My network');
    });

    it('should give every element our fields, scalar copies and its look', () => {
      const graph: ExonetGraph = { ...tinyGraph(), positions: { tgfb: { x: 10, y: -20 } } };
      graph.nodes[0].xrefs = { hgnc: 'TGFB1', uniprot: 'P01137' };
      graph.nodes[0].evidence = [{ refs: [37, 12], section: 'structure-and-content', claim: 'Found in exosomes.' }];
      graph.nodes[0].attributes = { family: ['TGF-β', 'cytokines'] };
      graph.edges[0].evidence.push({ refs: [121, 5], section: 'immune', claim: 'Second claim.', context: { cancer: ['melanoma'] } });
      const { nodes, edges } = toCytoscapeValue(graph).elements;
      expect(nodes[0]).toEqual({
        data: {
          ...graph.nodes[0],
          name: 'TGFβ',
          aliases_text: 'TGF-beta; TGFB1',
          hgnc: 'TGFB1',
          uniprot: 'P01137',
          attribute_family: 'TGF-β; cytokines',
          refs: [12, 37],
          refs_text: '12; 37',
          color: NODE_TYPE_VISUALS.protein.color,
          shape: 'ellipse',
          size: NODE_TYPE_VISUALS.protein.size,
          text_color: NODE_TYPE_VISUALS.protein.text,
        },
        position: { x: 10, y: -20 },
      });
      expect(nodes[1]).not.toHaveProperty('position');
      expect(nodes[2].data).toMatchObject({ color: NODE_TYPE_VISUALS.hallmark.color, shape: 'star' });
      expect(edges[0].data).toMatchObject({
        id: 'tgfb--activates--fibroblast',
        source: 'tgfb',
        target: 'fibroblast',
        relation: 'activates',
        interaction: 'activates',
        name: 'tgfb (activates) fibroblast',
        sign: 1,
        evidence: graph.edges[0].evidence,
        refs: [5, 121, 122],
        refs_text: '5; 121; 122',
        sections: ['cancer-progression', 'immune'],
        sections_text: 'cancer-progression; immune',
        claims_text: 'TGFβ on exosomes switches fibroblasts on. | Second claim.',
        cancers: ['breast cancer', 'melanoma'],
        cancers_text: 'breast cancer; melanoma',
        color: SIGN_VISUALS.activation.color,
        lineStyle: 'solid',
        arrow: 'triangle',
      });
      expect(edges[2].data).toMatchObject({ arrow: 'tee', color: SIGN_VISUALS.inhibition.color });
      expect(edges[3].data).toMatchObject({ arrow: 'none', lineStyle: 'dashed', refs: [], refs_text: '' });
    });

    it('should leave the look out when asked to', () => {
      const { nodes, edges } = toCytoscapeValue(tinyGraph(), { visuals: false }).elements;
      expect(nodes[0].data).not.toHaveProperty('color');
      expect(edges[0].data).not.toHaveProperty('arrow');
    });

    it('should be read back by fromCytoscapeJson to the same graph', () => {
      const graph: ExonetGraph = { ...tinyGraph(), positions: { tgfb: { x: 1, y: 2 }, hypoxia: { x: -3.25, y: 0 } } };
      graph.edges[0].biomarker = { fluid: 'plasma', auc: '0.91' };
      const converted = fromCytoscapeJson(JSON.parse(toCytoscapeJson(graph)));
      expect(converted).toStrictEqual({ ok: true, value: graph });
    });

    it('should round-trip every valid graph through parseGraphText (property)', () => {
      fc.assert(
        fc.property(graphArbitrary(), (graph) => {
          expect(parsedBack(toCytoscapeJson(graph))).toStrictEqual(withoutEmptyPositions(graph));
        }),
        { numRuns: 300 },
      );
    });
  });
});
