import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { toExonetJson } from '../../../../src/core/export/toExonetJson';
import { parseGraphText } from '../../../../src/core/model/parseGraphText';
import { validateGraph } from '../../../../src/core/model/validateGraph';
import type { ExonetGraph } from '../../../../src/core/model/types';
import { graphArbitrary } from '../../arbitraries/graphArbitrary';
import { tinyGraph } from '../../fixtures/tinyGraph';

function parsedBack(text: string): ExonetGraph {
  const result = parseGraphText(text);
  if (!result.ok) throw new Error(result.problems.map((p) => `${p.where}: ${p.message}`).join('\n'));
  return result.value;
}

describe('core/export/toExonetJson', () => {
  describe('graphArbitrary (the generator the properties rely on)', () => {
    it('should generate only graphs that pass validateGraph', () => {
      fc.assert(
        fc.property(graphArbitrary(), (graph) => {
          const result = validateGraph(graph);
          expect(result.ok ? [] : result.problems).toEqual([]);
        }),
        { numRuns: 300 },
      );
    });
  });

  describe('toExonetJson', () => {
    it('should keep hostile text (markup, quotes, control characters, lone surrogates) exactly', () => {
      const graph = tinyGraph();
      graph.nodes[0].description = '<b>"x" & \'y\'</b>\u0000\u001f\r\n\ud800 β';
      expect(parsedBack(toExonetJson(graph))).toStrictEqual(graph);
    });

    it('should give back a deep-equal graph when parsed', () => {
      const graph: ExonetGraph = { ...tinyGraph(), references: [{ n: 121, text: 'Doe J. 2020' }], positions: { tgfb: { x: 1.5, y: -2 } } };
      expect(parsedBack(toExonetJson(graph))).toStrictEqual(graph);
    });

    it('should write the fields in the documented order and end with a line break', () => {
      const text = toExonetJson({ ...tinyGraph(), positions: {} });
      expect(Object.keys(JSON.parse(text))).toEqual(['format', 'version', 'source', 'nodes', 'edges', 'positions']);
      expect(text.endsWith('}\n')).toBe(true);
    });

    it('should round-trip every valid graph exactly (property)', () => {
      fc.assert(
        fc.property(graphArbitrary(), (graph) => {
          expect(parsedBack(toExonetJson(graph))).toStrictEqual(graph);
        }),
        { numRuns: 300 },
      );
    });
  });
});
