import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { GRAPHML_KEYS, toGraphML } from '../../../../src/core/export/toGraphML';
import type { ExonetGraph } from '../../../../src/core/model/types';
import { graphArbitrary } from '../../arbitraries/graphArbitrary';
import { tinyGraph } from '../../fixtures/tinyGraph';
import { elementsNamed, parseXml, type XmlElement } from './xmlTree';

// eslint-disable-next-line no-control-regex -- the characters XML 1.0 cannot hold
const NOT_IN_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
const xmlSafe = (s: string) => s.replace(NOT_IN_XML, '');

/** The data values of an element by attribute name, after checking each key is declared for its domain. */
function dataOf(root: XmlElement, element: XmlElement): Record<string, string> {
  const keys = new Map(elementsNamed(root, 'key').map((k) => [k.attributes.id, k.attributes]));
  const values: Record<string, string> = {};
  for (const data of element.children.filter((c) => c.name === 'data')) {
    const key = keys.get(data.attributes.key);
    expect(key, `key "${data.attributes.key}" is declared`).toBeDefined();
    expect(key?.for).toBe(element.name);
    values[key!['attr.name']] = data.text;
  }
  return values;
}

describe('core/export/toGraphML', () => {
  describe('toGraphML', () => {
    it('should drop what XML cannot hold and escape markup, quotes, line breaks and keep β', () => {
      const graph = tinyGraph();
      graph.nodes[0].label = 'TGFβ <1> & "2" \'3\'';
      graph.nodes[0].description = 'bad\u0000\u0008\u001f\ud800\uffff chars\r\nline ]]> end';
      graph.edges[0].evidence[0].claim = 'a < b && c > "d"\ttab';
      const text = toGraphML(graph);
      expect(text).not.toMatch(NOT_IN_XML);
      const root = parseXml(text);
      const [tgfb] = elementsNamed(root, 'node');
      expect(dataOf(root, tgfb)).toMatchObject({ label: 'TGFβ <1> & "2" \'3\'', description: 'bad chars\r\nline ]]> end' });
      expect(dataOf(root, elementsNamed(root, 'edge')[0]).claim).toBe('a < b && c > "d"\ttab');
    });

    it('should write a directed graph with a key declared once for every attribute', () => {
      const root = parseXml(toGraphML(tinyGraph()));
      expect(root.name).toBe('graphml');
      expect(root.attributes.xmlns).toBe('http://graphml.graphdrawing.org/xmlns');
      const [graph] = elementsNamed(root, 'graph');
      expect(graph.attributes.edgedefault).toBe('directed');
      const keys = elementsNamed(root, 'key');
      expect(new Set(keys.map((k) => k.attributes.id)).size).toBe(keys.length);
      const declared = new Set(keys.map((k) => `${k.attributes.for} ${k.attributes['attr.name']} ${k.attributes['attr.type']}`));
      for (const name of ['label', 'type', 'description', 'aliases', 'hgnc', 'uniprot']) expect(declared).toContain(`node ${name} string`);
      expect(declared).toContain('node exosomal boolean');
      for (const name of ['relation', 'refs', 'sections', 'claim', 'cancers']) expect(declared).toContain(`edge ${name} string`);
      expect(declared).toContain('edge sign int');
      expect(dataOf(root, graph)).toEqual({ title: 'A tiny review' });
    });

    it('should write every node and edge with its values', () => {
      const input: ExonetGraph = { ...tinyGraph(), positions: { tgfb: { x: 1.5, y: -2 } } };
      input.nodes[0].xrefs = { hgnc: 'TGFB1', uniprot: 'P01137' };
      input.edges[0].evidence.push({ refs: [3, 121], section: 'immune', claim: 'More.', context: { cancer: ['melanoma', 'breast cancer'] } });
      const root = parseXml(toGraphML(input));
      const nodes = elementsNamed(root, 'node');
      expect(nodes.map((n) => n.attributes.id)).toEqual(input.nodes.map((n) => n.id));
      expect(dataOf(root, nodes[0])).toEqual({
        label: 'TGFβ', type: 'protein', aliases: 'TGF-beta;TGFB1', exosomal: 'true', hgnc: 'TGFB1', uniprot: 'P01137', x: '1.5', y: '-2',
      });
      expect(dataOf(root, nodes[1])).toEqual({ label: 'fibroblast', type: 'cell' });
      const edges = elementsNamed(root, 'edge');
      expect(edges.map((e) => [e.attributes.id, e.attributes.source, e.attributes.target])).toEqual(input.edges.map((e) => [e.id, e.source, e.target]));
      expect(dataOf(root, edges[0])).toEqual({
        relation: 'activates',
        sign: '1',
        refs: '3;121;122',
        sections: 'cancer-progression;immune',
        claim: 'TGFβ on exosomes switches fibroblasts on. | More.',
        cancers: 'breast cancer;melanoma',
      });
      expect(dataOf(root, edges[2]).sign).toBe('-1');
      expect(dataOf(root, edges[3])).toEqual({ relation: 'binds', sign: '0', sections: 'fig1', claim: 'Chaperones bind each other.' });
    });

    it('should declare only known keys, each with a unique id', () => {
      expect(new Set(GRAPHML_KEYS.map((k) => k.id)).size).toBe(GRAPHML_KEYS.length);
    });

    it('should be well-formed, declared and faithful for every valid graph (property)', () => {
      fc.assert(
        fc.property(graphArbitrary(), (graph) => {
          const root = parseXml(toGraphML(graph));
          const nodes = elementsNamed(root, 'node');
          const edges = elementsNamed(root, 'edge');
          expect(nodes.map((n) => n.attributes.id)).toEqual(graph.nodes.map((n) => n.id));
          expect(edges.map((e) => e.attributes.id)).toEqual(graph.edges.map((e) => e.id));
          nodes.forEach((node, i) => {
            expect(dataOf(root, node).label).toBe(xmlSafe(graph.nodes[i].label));
            const canonical = graph.nodes[i].canonical;
            expect(dataOf(root, node).canonical).toBe(canonical === undefined ? undefined : String(canonical));
          });
          edges.forEach((edge, i) => {
            const data = dataOf(root, edge);
            expect(Number(data.sign)).toBe(graph.edges[i].sign);
            expect(data.claim ?? '').toBe(xmlSafe(graph.edges[i].evidence.map((e) => e.claim).join(' | ')));
            expect(Number(data.hedged_items ?? 0)).toBe(graph.edges[i].evidence.filter((e) => e.certainty === 'hedged').length);
          });
        }),
        { numRuns: 300 },
      );
    });
  });
});
