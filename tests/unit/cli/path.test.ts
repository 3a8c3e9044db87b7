import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../../src/cli/runCli';
import type { ExonetGraph, GraphEdge, NodeType } from '../../../src/core/model/types';
import { listGraphProblems } from '../../../src/core/model/validateGraph';
import { RELATION_SIGNS } from '../../../src/core/model/vocabulary';

const node = (id: string, label: string, type: NodeType, aliases?: string[]) => ({ id, label, type, ...(aliases ? { aliases } : {}) });
const edge = (source: string, relation: string, target: string, refs: number[], claim: string): GraphEdge => ({
  id: `${source}--${relation}--${target}`, source, target, relation, sign: RELATION_SIGNS[relation],
  evidence: [{ refs, section: 'immune', claim }],
});

const FIXTURE: ExonetGraph = {
  format: 'exonet-graph', version: 1,
  source: { title: 'Fixture review', authors: ['Doe J'], year: 2024, doi: '10.1/fixture' },
  nodes: [
    node('hsp70', 'HSP70', 'protein', ['HSPA1A']), node('tlr2', 'TLR2 signalling', 'pathway'),
    node('tlr4', 'TLR4 signalling', 'pathway'), node('mdsc', 'MDSC', 'cell'), node('treg', 'Treg', 'cell'),
    node('immune-evasion', 'immune evasion', 'hallmark'), node('tgfb', 'TGFβ', 'protein'), node('exosome', 'exosome', 'structure'),
  ],
  edges: [
    edge('hsp70', 'activates', 'tlr2', [45, 46], 'HSP70 on exosomes engages TLR2'),
    edge('tlr2', 'activates', 'mdsc', [46], 'TLR2 signalling activates MDSCs'),
    edge('mdsc', 'promotes', 'immune-evasion', [80], 'MDSCs blunt T cell responses'),
    edge('hsp70', 'activates', 'tlr4', [47], 'HSP70 also signals through TLR4'),
    { ...edge('tlr4', 'activates', 'mdsc', [47, 48], 'TLR4 signalling may activate MDSCs'), evidence: [{ refs: [47, 48], section: 'immune', claim: 'TLR4 signalling may activate MDSCs', certainty: 'hedged', hedge: 'may' }] },
    edge('hsp70', 'inhibits', 'treg', [50], 'HSP70 lowers Treg numbers'),
    edge('treg', 'promotes', 'immune-evasion', [91], 'Tregs suppress immunity'),
    edge('tgfb', 'activates', 'treg', [90], 'TGFβ expands Tregs'),
    edge('exosome', 'carries', 'hsp70', [12], 'exosomes carry HSP70'),
  ],
};

let dir = '';
let graphFile = '';

function run(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = runCli(['path', ...argv, '--graph', graphFile], { out: (l) => out.push(l), err: (l) => err.push(l) });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'exonet-path-'));
  graphFile = join(dir, 'graph.json');
  writeFileSync(graphFile, JSON.stringify(FIXTURE));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('cli/commands/path', () => {
  describe('path FROM TO', () => {
    it('should exit 2 with one clear line for bad usage or bad option values', () => {
      expect(run('hsp70')).toMatchObject({ code: 2, err: expect.stringContaining('exactly two names') });
      expect(run('hsp70', 'mdsc', '--k', 'five')).toMatchObject({ code: 2, err: expect.stringContaining('--k must be a whole number') });
      expect(run('hsp70', 'mdsc', '--max-hops', '0')).toMatchObject({ code: 2, err: expect.stringContaining('--max-hops must be from 1 to 8') });
      expect(run('hsp70', 'mdsc', '--effect', 'cures')).toMatchObject({ code: 2, err: expect.stringContaining('--effect must be one of promotes, suppresses') });
      expect(run('hsp70', 'mdsc', '--avoid-types', 'cell,gene')).toMatchObject({ code: 2, err: expect.stringContaining('unknown node type "gene"') });
      expect(run('hsp70', 'mdsc', '--colour')).toMatchObject({ code: 2, err: expect.stringContaining('unknown option --colour') });
      expect(run('hsp70', 'hspa1a')).toMatchObject({ code: 2, err: expect.stringContaining('same node') });
      expect(run('hsp70', 'mdsc', '--avoid', 'MDSC')).toMatchObject({ code: 2, err: expect.stringContaining('start or the end') });
    });

    it('should exit 2 with the candidates for an unknown or ambiguous name', () => {
      const unknown = run('hsp90', 'mdsc');
      expect(unknown.code).toBe(2);
      expect(unknown.err).toContain('no node is named "hsp90"');
      const ambiguous = run('hsp70', 'TLR');
      expect(ambiguous.code).toBe(2);
      expect(ambiguous.err).toContain('"TLR" is ambiguous; candidates: TLR2 signalling (tlr2, pathway); TLR4 signalling (tlr4, pathway)');
      expect(run('hsp70', 'mdsc', '--avoid', 'TLR').code).toBe(2);
    });

    it('should exit 1 with the problems of an invalid graph file', () => {
      writeFileSync(join(dir, 'bad.json'), '{"format": "exonet-graph"');
      const code = runCli(['path', 'a', 'b', '--graph', join(dir, 'bad.json')], { out: () => {}, err: () => {} });
      expect(code).toBe(1);
    });

    it('should run on a fixture graph that the validator accepts', () => {
      expect(listGraphProblems(FIXTURE)).toEqual([]);
    });

    it('should number the best paths, each with its net effect, refs and claims', () => {
      const { code, out } = run('HSPA1A', 'immune evasion');
      expect(code).toBe(0);
      expect(out.split('\n').slice(0, 9)).toEqual([
        '3 best causal paths from HSP70 (hsp70) to immune evasion (immune-evasion) within 5 hops:',
        '',
        '1. HSP70 → Treg → immune evasion',
        '   suppresses; 2 hops; refs 50, 91',
        '    HSP70 inhibits Treg',
        '      [50] immune: HSP70 lowers Treg numbers',
        '    Treg promotes immune evasion',
        '      [91] immune: Tregs suppress immunity',
        '',
      ]);
      expect(out).toContain('2. HSP70 → TLR2 signalling → MDSC → immune evasion\n   promotes; 3 hops; refs 45, 46, 80');
      expect(out).toContain('3. HSP70 → TLR4 signalling → MDSC → immune evasion\n   promotes; 3 hops; refs 47, 48, 80; 1 step rests only on hedged evidence');
      expect(out).toContain('      [47, 48] immune: TLR4 signalling may activate MDSCs (hedged: the review says "may")');
      expect(out).not.toMatch(/_|-\w+->/);
    });

    it('should apply --k, --effect, --avoid and --avoid-types', () => {
      expect(run('hsp70', 'immune-evasion', '--k', '1').out).not.toContain('2. ');
      expect(run('hsp70', 'immune-evasion', '--effect', 'promotes').out).toMatch(/^2 best causal paths that promote from/);
      const avoided = run('hsp70', 'immune-evasion', '--avoid', 'treg, TLR2 signalling');
      expect(avoided.out).toMatch(/^1 best causal path from/);
      expect(avoided.out).toContain('TLR4 signalling');
      expect(run('hsp70', 'immune-evasion', '--avoid-types', 'pathway').out).toMatch(/^1 best causal path from[^]*Treg/);
    });

    it('should print exactly the documented JSON with --json', () => {
      const { code, out } = run('hsp70', 'immune-evasion', '--json', '--k', '3');
      expect(code).toBe(0);
      expect(JSON.parse(out)).toEqual({
        from: { id: 'hsp70', label: 'HSP70', type: 'protein' },
        to: { id: 'immune-evasion', label: 'immune evasion', type: 'hallmark' },
        paths: [
          {
            nodes: ['hsp70', 'treg', 'immune-evasion'],
            edges: ['hsp70--inhibits--treg', 'treg--promotes--immune-evasion'],
            sign: -1,
            backwardSteps: 0,
            effect: 'suppresses',
            refs: [50, 91],
            hedged: 0,
          },
          {
            nodes: ['hsp70', 'tlr2', 'mdsc', 'immune-evasion'],
            edges: ['hsp70--activates--tlr2', 'tlr2--activates--mdsc', 'mdsc--promotes--immune-evasion'],
            sign: 1,
            backwardSteps: 0,
            effect: 'promotes',
            refs: [45, 46, 80],
            hedged: 0,
          },
          {
            nodes: ['hsp70', 'tlr4', 'mdsc', 'immune-evasion'],
            edges: ['hsp70--activates--tlr4', 'tlr4--activates--mdsc', 'mdsc--promotes--immune-evasion'],
            sign: 1,
            backwardSteps: 0,
            effect: 'promotes',
            refs: [47, 48, 80],
            hedged: 1,
          },
        ],
      });
    });

    it('should exit 1 with a clear line and a hint when there is no path', () => {
      const none = run('tgfb', 'hsp70');
      expect(none).toMatchObject({ code: 1, out: '' });
      expect(none.err).toBe('no causal path from TGFβ to HSP70 within 5 hops; try --undirected or --max-hops 6');
      const json = run('tgfb', 'hsp70', '--json', '--effect', 'promotes');
      expect(json.code).toBe(1);
      expect(JSON.parse(json.out).paths).toEqual([]);
      expect(json.err).toContain('no causal path that promotes from TGFβ to HSP70');
    });

    it('should use every edge both ways with --undirected', () => {
      const { code, out } = run('tgfb', 'exosome', '--undirected');
      expect(code).toBe(0);
      expect(out).toContain('1. TGFβ → Treg ← HSP70 ← exosome\n   mixed direction (2 steps walked against their edges); 3 hops; refs 12, 50, 90');
      expect(out).toContain('    TGFβ activates Treg\n      [90] immune: TGFβ expands Tregs\n    HSP70 inhibits Treg (against the path’s direction)');
      expect(out).toContain('    exosome carries HSP70 (against the path’s direction)');
    });

    it('should give a path walked against an edge sign 0 and its backward steps in --json, and never match --effect', () => {
      const json = JSON.parse(run('tgfb', 'immune-evasion', '--undirected', '--json').out);
      const mixed = json.paths.find((p: { nodes: string[] }) => p.nodes.join(' ') === 'tgfb treg immune-evasion');
      expect(mixed).toMatchObject({ sign: 1, backwardSteps: 0, effect: 'promotes' });
      const back = json.paths.find((p: { nodes: string[] }) => p.nodes.includes('hsp70'));
      expect(back).toMatchObject({ sign: 0, backwardSteps: 1, effect: 'mixed direction' });
      for (const effect of ['promotes', 'suppresses']) {
        const filtered = JSON.parse(run('tgfb', 'immune-evasion', '--undirected', '--json', '--effect', effect).out);
        expect(filtered.paths.every((p: { backwardSteps: number; sign: number }) => p.backwardSteps === 0 && p.sign !== 0)).toBe(true);
      }
    });
  });
});
