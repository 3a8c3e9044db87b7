import fc from 'fast-check';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadGraphDataDir } from '../../../src/cli/loadGraph';
import { runCli } from '../../../src/cli/runCli';
import type { ExonetGraph, GraphEdge, NodeType } from '../../../src/core/model/types';
import { RELATION_SIGNS } from '../../../src/core/model/vocabulary';
import { bruteForcePaths } from '../core/paths/bruteForcePaths';
import { betweennessByPairCounts, columnsOf, matrixByEnumeration, rowsOf } from '../core/insight/bruteForceInsight';
import { insightGraphArbitrary } from '../core/insight/insightGraphArbitrary';

const node = (id: string, label: string, type: NodeType, extra: object = {}) => ({ id, label, type, ...extra });
const edge = (source: string, relation: string, target: string, refs: number[]): GraphEdge => ({
  id: `${source}--${relation}--${target}`, source, target, relation, sign: RELATION_SIGNS[relation],
  evidence: [{ refs, section: 'immune', claim: `${source} ${relation} ${target}` }],
});

// HSP70 reaches immune evasion in two hops by two routes of opposite sign, and angiogenesis
// only through TGFβ (the suppressing route through Treg has the most references);
// integrins reach metastasis only through their family members.
const FIXTURE: ExonetGraph = {
  format: 'exonet-graph', version: 1, source: { title: 'Fixture review', authors: ['Doe J'] },
  nodes: [
    node('hsp70', 'HSP70', 'protein', { exosomal: true }), node('tgfb', 'TGFβ', 'protein', { exosomal: true }),
    node('itga6b4', 'integrin α6β4', 'protein', { exosomal: true }), node('integrins', 'integrins', 'protein', { aliases: ['integrin'] }),
    node('mdsc', 'MDSC', 'cell'), node('treg', 'Treg', 'cell'), node('nk', 'NK cell', 'cell'),
    node('immune-evasion', 'immune evasion', 'hallmark'), node('angiogenesis', 'angiogenesis', 'hallmark'), node('metastasis', 'metastasis', 'hallmark'),
  ],
  edges: [
    edge('hsp70', 'activates', 'mdsc', [45]), edge('mdsc', 'promotes', 'immune-evasion', [80]),
    edge('hsp70', 'inhibits', 'treg', [50, 51]), edge('treg', 'promotes', 'immune-evasion', [91]),
    edge('hsp70', 'activates', 'tgfb', [12]), edge('tgfb', 'promotes', 'angiogenesis', [30, 31]),
    edge('hsp70', 'activates', 'nk', [60]), edge('nk', 'inhibits', 'immune-evasion', [61]),
    edge('itga6b4', 'part_of', 'integrins', [70]), edge('itga6b4', 'promotes', 'metastasis', [71]),
  ],
};

let dir = '';
let fixtureFile = '';

function cli(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = runCli(argv, { out: (l) => out.push(l), err: (l) => err.push(l) });
  return { code, out: out.join('\n'), err: err.join('\n') };
}
const json = (...argv: string[]) => {
  const r = cli(...argv, '--json');
  expect(r).toMatchObject({ code: 0, err: '' });
  return JSON.parse(r.out);
};

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'exonet-insight-'));
  fixtureFile = join(dir, 'fixture.json');
  writeFileSync(fixtureFile, JSON.stringify(FIXTURE));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('cli/commands/insight', { timeout: 60_000 }, () => {
  describe('bad usage', () => {
    it('should exit 2 with one clear line for bad options and names', () => {
      expect(cli('matrix', '--max-hops', '0', '--graph', fixtureFile)).toMatchObject({ code: 2, err: expect.stringContaining('--max-hops must be from 1 to 8') });
      expect(cli('matrix', 'hsp70', '--graph', fixtureFile)).toMatchObject({ code: 2, err: expect.stringContaining('matrix takes no names') });
      expect(cli('knockout', '--graph', fixtureFile)).toMatchObject({ code: 2, err: expect.stringContaining('needs one or more names') });
      expect(cli('knockout', 'tgfb,nothing', '--graph', fixtureFile)).toMatchObject({ code: 2, err: expect.stringContaining('no node is named "nothing"') });
      expect(cli('knockout', 'zz*', '--graph', fixtureFile)).toMatchObject({ code: 2, err: expect.stringContaining('no node belongs to the family "zz*"') });
      expect(cli('hubs', '--top', 'all', '--graph', fixtureFile)).toMatchObject({ code: 2, err: expect.stringContaining('--top must be a whole number') });
      expect(cli('contradictions', '--max-hops', 'x', '--graph', fixtureFile).code).toBe(2);
    });
    it('should exit 1 listing the problems of a graph file that cannot be used', () => {
      const bad = join(dir, 'bad.json');
      writeFileSync(bad, '{ "nodes": [');
      expect(cli('matrix', '--graph', bad)).toMatchObject({ code: 1, err: expect.stringContaining('not valid JSON') });
    });
  });

  describe('on a fixture with known answers', () => {
    it('should print the matrix: fewest hops and the net sign of the shortest paths', () => {
      expect(json('matrix', '--graph', fixtureFile)).toEqual({
        rows: ['hsp70', 'itga6b4', 'tgfb'],
        columns: ['angiogenesis', 'immune-evasion', 'metastasis'],
        cells: [
          { row: 'hsp70', column: 'angiogenesis', hops: 2, sign: 1 },
          { row: 'hsp70', column: 'immune-evasion', hops: 2, sign: 0 },
          { row: 'itga6b4', column: 'metastasis', hops: 1, sign: 1 },
          { row: 'tgfb', column: 'angiogenesis', hops: 1, sign: 1 },
        ],
      });
      expect(json('matrix', '--max-hops', '1', '--graph', fixtureFile).cells).toHaveLength(2);
      expect(cli('matrix', '--graph', fixtureFile).out).toContain('HSP70 (hsp70): angiogenesis +2, immune evasion ±2');
    });
    it('should print the pairs a knock-out loses, and a family with NAME*', () => {
      expect(json('knockout', 'TGF-beta', '--graph', fixtureFile)).toEqual({ removed: ['tgfb'], lost: [{ from: 'hsp70', to: 'angiogenesis' }], kept: 2 });
      expect(json('knockout', 'integrins*', '--graph', fixtureFile)).toEqual({ removed: ['integrins', 'itga6b4'], lost: [], kept: 3 });
      expect(json('knockout', 'mdsc,treg,nk', '--graph', fixtureFile)).toEqual({ removed: ['mdsc', 'nk', 'treg'], lost: [{ from: 'hsp70', to: 'immune-evasion' }], kept: 3 });
      expect(cli('knockout', 'tgfb', '--graph', fixtureFile).out).toContain('lost: HSP70 → angiogenesis');
    });
    it('should print each contradiction with the best path of each sign, as path --json prints paths', () => {
      const { pairs } = json('contradictions', '--graph', fixtureFile);
      expect(pairs).toEqual([
        {
          from: 'hsp70', to: 'immune-evasion',
          promotes: { nodes: ['hsp70', 'mdsc', 'immune-evasion'], edges: ['hsp70--activates--mdsc', 'mdsc--promotes--immune-evasion'], sign: 1, backwardSteps: 0, effect: 'promotes', refs: [45, 80], hedged: 0 },
          suppresses: { nodes: ['hsp70', 'treg', 'immune-evasion'], edges: ['hsp70--inhibits--treg', 'treg--promotes--immune-evasion'], sign: -1, backwardSteps: 0, effect: 'suppresses', refs: [50, 51, 91], hedged: 0 },
        },
      ]);
      const viaPath = JSON.parse(cli('path', 'hsp70', 'immune-evasion', '--effect', 'suppresses', '--k', '1', '--json', '--graph', fixtureFile).out);
      expect(pairs[0].suppresses).toEqual(viaPath.paths[0]);
    });
    it('should rank the key mediators, best first, and cut them to --top', () => {
      // hsp70 → immune evasion: mdsc, treg and nk each carry a third of the three shortest paths.
      expect(json('hubs', '--graph', fixtureFile)).toEqual({
        nodes: [{ id: 'tgfb', score: 1 }, { id: 'mdsc', score: 1 / 3 }, { id: 'nk', score: 1 / 3 }, { id: 'treg', score: 1 / 3 }],
      });
      expect(json('hubs', '--top', '1', '--graph', fixtureFile).nodes).toEqual([{ id: 'tgfb', score: 1 }]);
    });
  });

  describe('on random graphs, against enumeration of every path', () => {
    it('should print the matrix, knock-out and contradictions that brute force finds', () => {
      let run = 0;
      fc.assert(
        fc.property(insightGraphArbitrary(), fc.integer({ min: 1, max: 4 }), (graph, maxHops) => {
          const file = join(dir, `random-${run++}.json`);
          writeFileSync(file, JSON.stringify(graph));
          const hops = String(maxHops);
          const reference = matrixByEnumeration(graph, maxHops);
          const { rows, columns, cells } = reference;
          expect(json('matrix', '--max-hops', hops, '--graph', file)).toEqual({ rows, columns, cells });

          const removed = graph.nodes.slice(0, 2).map((n) => n.id);
          const after = matrixByEnumeration(graph, maxHops, removed);
          const still = new Set(after.cells.map((c) => `${c.row}>${c.column}`));
          const eligible = cells.filter((c) => !removed.includes(c.row) && !removed.includes(c.column));
          expect(json('knockout', removed.join(','), '--max-hops', hops, '--graph', file)).toEqual({
            removed: [...removed].sort(),
            lost: eligible.filter((c) => !still.has(`${c.row}>${c.column}`)).map((c) => ({ from: c.row, to: c.column })),
            kept: eligible.filter((c) => still.has(`${c.row}>${c.column}`)).length,
          });

          const both = cells.filter((c) => reference.signsOf.get(`${c.row}>${c.column}`)!.has(1) && reference.signsOf.get(`${c.row}>${c.column}`)!.has(-1));
          const strip = ({ nodes, edges, sign, refs }: { nodes: string[]; edges: string[]; sign: number; refs: number[] }) => ({ nodes, edges, sign, backwardSteps: 0, effect: sign === 1 ? 'promotes' : 'suppresses', refs, hedged: 0 });
          expect(json('contradictions', '--max-hops', hops, '--graph', file).pairs).toEqual(
            both.map((c) => ({
              from: c.row, to: c.column,
              promotes: strip(bruteForcePaths(graph, c.row, c.column, { k: 1, maxHops, effect: 'promotes' })[0]),
              suppresses: strip(bruteForcePaths(graph, c.row, c.column, { k: 1, maxHops, effect: 'suppresses' })[0]),
            })),
          );

          const reach = betweennessByPairCounts(graph, rowsOf(graph), columnsOf(graph));
          const hubs = json('hubs', '--top', '100', '--graph', file).nodes as { id: string; score: number }[];
          expect(hubs.map((h) => h.id).sort()).toEqual([...reach].filter(([, s]) => s > 1e-9).map(([id]) => id).sort());
          for (const h of hubs) expect(h.score).toBeCloseTo(reach.get(h.id)!, 9);
        }),
        { numRuns: 60 },
      );
    });
  });

  describe('on the review graph, against enumeration of every path', () => {
    const loaded = loadGraphDataDir();
    if (!loaded.ok) throw new Error('graph-data/ does not load');
    const graph = loaded.graph;
    const reference = matrixByEnumeration(graph, 5);

    it('should print the matrix that enumerating every causal path of at most 5 hops gives', () => {
      const { rows, columns, cells } = reference;
      expect(rows.length).toBeGreaterThan(100);
      expect(cells.length).toBeGreaterThan(100);
      expect(json('matrix')).toEqual({ rows, columns, cells });
    });

    it('should print the pairs that lose every path without TGFβ', () => {
      const after = matrixByEnumeration(graph, 5, ['tgfb']);
      const still = new Set(after.cells.map((c) => `${c.row}>${c.column}`));
      const eligible = reference.cells.filter((c) => c.row !== 'tgfb');
      const result = json('knockout', 'TGFβ');
      expect(result.removed).toEqual(['tgfb']);
      expect(result.lost).toEqual(eligible.filter((c) => !still.has(`${c.row}>${c.column}`)).map((c) => ({ from: c.row, to: c.column })));
      expect(result.kept).toBe(eligible.length - result.lost.length);
    });

    it('should print exactly the pairs with paths of both signs, each side the best path of its sign', () => {
      const { pairs } = json('contradictions');
      const both = reference.cells.filter((c) => reference.signsOf.get(`${c.row}>${c.column}`)!.has(1) && reference.signsOf.get(`${c.row}>${c.column}`)!.has(-1));
      expect(pairs.map((p: { from: string; to: string }) => `${p.from}>${p.to}`)).toEqual(both.map((c) => `${c.row}>${c.column}`));
      for (const p of pairs.slice(0, 6)) {
        const [promotes] = bruteForcePaths(graph, p.from, p.to, { k: 1, maxHops: 5, effect: 'promotes' });
        expect(p.promotes).toEqual({ nodes: promotes.nodes, edges: promotes.edges, sign: 1, backwardSteps: 0, effect: 'promotes', refs: promotes.refs, hedged: promotes.hedged });
      }
    });

    it('should print the betweenness that shortest-path counts of every protein → hallmark pair give', () => {
      const reach = betweennessByPairCounts(graph, rowsOf(graph), columnsOf(graph));
      const expected = [...reach].filter(([, s]) => s > 1e-9).sort((a, b) => b[1] - a[1]);
      const { nodes } = json('hubs', '--top', '10000');
      expect(nodes).toHaveLength(expected.length);
      for (const n of nodes) expect(n.score).toBeCloseTo(reach.get(n.id)!, 9);
      for (let i = 1; i < nodes.length; i++) expect(nodes[i].score).toBeLessThanOrEqual(nodes[i - 1].score);
    });
  });
});
