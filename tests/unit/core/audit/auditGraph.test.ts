import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { auditGraph } from '../../../../src/core/audit/auditGraph';
import { locateText, type TextLocations } from '../../../../src/core/audit/locateText';
import { packLocations, unpackLocations } from '../../../../src/core/audit/packLocations';
import { parseGraphText } from '../../../../src/core/model/parseGraphText';
import { sectionsOf } from '../../../../src/core/model/sections';
import type { ExonetGraph } from '../../../../src/core/model/types';

const root = join(import.meta.dirname, '..', '..', '..', '..');
const text = readFileSync(join(root, 'tests', 'fixtures', 'audit-review.txt'), 'utf8');

const SECTIONS = [
  { slug: 'introduction', title: 'Introduction', lines: [[3, 5]] as Array<[number, number]> },
  // Results resume after the figure caption on line 8.
  { slug: 'results', title: 'Results', lines: [[7, 7], [9, 11]] as Array<[number, number]> },
];

function graph(): ExonetGraph {
  const node = (id: string, label: string, type: 'protein' | 'cell' | 'pathway' | 'hallmark') => ({ id, label, type });
  return {
    format: 'exonet-graph',
    version: 1,
    source: { title: 'Made up', authors: [], sections: SECTIONS, referenceCount: 6 },
    nodes: [
      node('corvin', 'corvin', 'protein'),
      node('melanoma-cell', 'melanoma cell', 'cell'),
      node('fenwick', 'fenwick pathway', 'pathway'),
      node('fibroblast', 'fibroblast', 'cell'),
      node('ardin', 'ardin', 'protein'),
      node('proliferation', 'cell division', 'hallmark'),
    ],
    edges: [
      { id: 'melanoma-cell--carries--corvin', source: 'melanoma-cell', target: 'corvin', relation: 'carries', sign: 0, evidence: [{ refs: [1], section: 'introduction', claim: 'Melanoma vesicles hold corvin.' }] },
      { id: 'corvin--activates--fenwick', source: 'corvin', target: 'fenwick', relation: 'activates', sign: 1, evidence: [{ refs: [2, 3], section: 'introduction', claim: 'Corvin turns the fenwick route on.' }] },
      { id: 'fenwick--activates--fibroblast', source: 'fenwick', target: 'fibroblast', relation: 'activates', sign: 1, evidence: [{ refs: [4], section: 'results', claim: 'Fenwick activity changes fibroblasts.' }] },
      { id: 'ardin--promotes--proliferation', source: 'ardin', target: 'proliferation', relation: 'promotes', sign: 1, evidence: [{ refs: [6], section: 'results', claim: 'Ardin makes the tumour cells divide faster.' }] },
    ],
  };
}

function locations(): TextLocations {
  const located = locateText(text, SECTIONS);
  if (!located.ok) throw new Error('not located');
  return located.value;
}

describe('core/audit', () => {
  it('should find the citation sentences of each section, across a figure caption, with their lines', () => {
    expect(locations().sentences.map(({ section, line, refs }) => ({ section, line, refs }))).toEqual([
      { section: 'introduction', line: 4, refs: [1] },
      { section: 'introduction', line: 5, refs: [2, 3] },
      { section: 'results', line: 9, refs: [4] },
      { section: 'results', line: 10, refs: [5] },
      { section: 'results', line: 11, refs: [6] },
    ]);
    expect(locations().sectionRefs).toEqual({ introduction: [1, 2, 3], results: [4, 5, 6] });
  });

  it('should pass a graph that is placed, anchored and in its own words, and list the sentence it does not cover', () => {
    const report = auditGraph(graph(), locations());
    expect(report).toEqual({
      placed: { ok: 4, total: 4, items: [] },
      anchored: { ok: 4, total: 4, items: [] },
      copiedRuns: [],
      uncovered: [{ section: 'results', line: 10, refs: [5] }],
    });
  });

  it('should report a planted misplaced reference and a planted copied sentence', () => {
    const g = graph();
    g.edges[1].evidence[0].refs = [2, 6]; // [6] is cited in the results, not the introduction
    g.edges[3].evidence[0].claim = 'Ardin speeds up the division of melanoma cells in culture.';
    const report = auditGraph(g, locations());
    expect(report.placed).toEqual({ ok: 3, total: 4, items: ['edge:corvin--activates--fenwick/0'] });
    expect(report.copiedRuns).toEqual([{ item: 'edge:ardin--promotes--proliferation/0', run: 'ardin speeds up the division of melanoma' }]);
  });

  it('should report an item whose sentence names neither end as not anchored', () => {
    const g = graph();
    g.edges[0].evidence[0].refs = [4];
    g.edges[0].evidence[0].section = 'results';
    const report = auditGraph(g, locations());
    expect(report.anchored.items).toEqual(['edge:melanoma-cell--carries--corvin/0']);
    expect(report.uncovered.map((u) => u.line)).toEqual([4, 10]);
  });

  it('should give the same report from packed locations (a fixture without the text)', () => {
    const located = locations();
    const packed = JSON.parse(JSON.stringify(packLocations(located)));
    expect(JSON.stringify(packed)).not.toContain('corvin');
    expect(auditGraph(graph(), unpackLocations(packed, located.runs))).toEqual(auditGraph(graph(), located));
  });

  it('should refuse sections without line spans with a clear problem', () => {
    const located = locateText(text, [{ slug: 'results', title: 'Results' }]);
    expect(located.ok).toBe(false);
    expect(!located.ok && located.problems[0].message).toMatch(/no line spans/);
  });

  it('should pass the example of another review against its own text', () => {
    const dir = join(root, 'graph-data', 'examples');
    const parsed = parseGraphText(readFileSync(join(dir, 'lumin-glioma.json'), 'utf8'));
    if (!parsed.ok) throw new Error(parsed.problems.map((p) => p.message).join('\n'));
    const located = locateText(readFileSync(join(dir, 'lumin-glioma.txt'), 'utf8'), sectionsOf(parsed.value));
    if (!located.ok) throw new Error('not located');
    const report = auditGraph(parsed.value, located.value);
    expect(report.placed.items).toEqual([]);
    expect(report.anchored.items).toEqual([]);
    expect(report.copiedRuns).toEqual([]);
    expect(report.uncovered).toEqual([]);
    expect(report.placed.total).toBe(16);
  });
});
