import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { EDGE_CSV_HEADER, toEdgeCsv } from '../../../../src/core/export/toEdgeCsv';
import type { ExonetGraph } from '../../../../src/core/model/types';
import { graphArbitrary } from '../../arbitraries/graphArbitrary';
import { tinyGraph } from '../../fixtures/tinyGraph';
import { parseCsv } from './parseCsv';

const HEADER = ['source', 'target', 'source_label', 'target_label', 'relation', 'sign', 'refs', 'sections', 'claim', 'cancers', 'hedged_items', 'hedges'];

/** A cell as a spreadsheet must see it: no formula from text. */
const defused = (s: string) => (/^[=+\-@\t\r]/.test(s) ? `'${s}` : s);

describe('core/export/toEdgeCsv', () => {
  describe('toEdgeCsv', () => {
    it('should defuse text cells that a spreadsheet would run as formulas, but not the sign', () => {
      const graph = tinyGraph();
      graph.nodes[0].label = '=HYPERLINK("http://x","y")';
      graph.nodes[1].label = '+1 cell';
      graph.edges[2].evidence[0].claim = '-2+3';
      graph.edges[3].evidence[0].claim = '@SUM(A1)';
      const rows = parseCsv(toEdgeCsv(graph));
      expect(rows[1].slice(2, 4)).toEqual(['\'=HYPERLINK("http://x","y")', "'+1 cell"]);
      expect(rows[3][5]).toBe('-1');
      expect(rows[3][8]).toBe("'-2+3");
      expect(rows[4][8]).toBe("'@SUM(A1)");
    });

    it('should quote commas, quotes and line breaks, keep β, and end every record with CRLF', () => {
      const graph = tinyGraph();
      graph.edges[0].evidence[0].claim = 'TGFβ, "quoted",\nand a new line';
      const text = toEdgeCsv(graph);
      expect(text).toContain('"TGFβ, ""quoted"",\nand a new line"');
      expect(text.split('\r\n')).toHaveLength(graph.edges.length + 2);
      expect(parseCsv(text)[1][8]).toBe('TGFβ, "quoted",\nand a new line');
    });

    it('should write the header and one row per edge with its citations', () => {
      const graph = tinyGraph();
      graph.edges[0].evidence.push({ refs: [5, 121], section: 'immune', claim: 'Second.', context: { cancer: ['melanoma', 'breast cancer'] }, certainty: 'hedged', hedge: 'may' });
      expect(EDGE_CSV_HEADER).toEqual(HEADER);
      expect(parseCsv(toEdgeCsv(graph))).toEqual([
        HEADER,
        ['tgfb', 'fibroblast', 'TGFβ', 'fibroblast', 'activates', '1', '5;121;122', 'cancer-progression;immune', 'TGFβ on exosomes switches fibroblasts on. | Second.', 'breast cancer;melanoma', '1', 'may'],
        ['fibroblast', 'caf-activation', 'fibroblast', 'CAF activation', 'promotes', '1', '108', 'cancer-progression', 'Activated fibroblasts become CAFs.', 'prostate cancer', '0', ''],
        ['hsp70', 'tgfb', 'HSP70', 'TGFβ', 'inhibits', '-1', '200', 'immune', 'A made-up inhibition for tests.', '', '0', ''],
        ['hsp90', 'hsp70', 'HSP90', 'HSP70', 'binds', '0', '', 'fig1', 'Chaperones bind each other.', '', '0', ''],
      ]);
    });

    it('should write only the header for a graph without edges', () => {
      const graph: ExonetGraph = { ...tinyGraph(), edges: [] };
      expect(toEdgeCsv(graph)).toBe(`${HEADER.join(',')}\r\n`);
    });

    it('should parse back to the same rows for every valid graph (property)', () => {
      fc.assert(
        fc.property(graphArbitrary(), (graph) => {
          const label = new Map(graph.nodes.map((n) => [n.id, n.label]));
          const expected = graph.edges.map((e) => [
            e.source,
            e.target,
            defused(label.get(e.source)!),
            defused(label.get(e.target)!),
            e.relation,
            String(e.sign),
            [...new Set(e.evidence.flatMap((v) => v.refs))].sort((a, b) => a - b).join(';'),
            [...new Set(e.evidence.map((v) => v.section))].join(';'),
            defused(e.evidence.map((v) => v.claim).join(' | ')),
            defused([...new Set(e.evidence.flatMap((v) => v.context?.cancer ?? []))].join(';')),
            String(e.evidence.filter((v) => v.certainty === 'hedged').length),
            defused([...new Set(e.evidence.filter((v) => v.certainty === 'hedged').map((v) => v.hedge))].join(';')),
          ]);
          expect(parseCsv(toEdgeCsv(graph))).toEqual([HEADER, ...expected]);
        }),
        { numRuns: 300 },
      );
    });
  });
});
