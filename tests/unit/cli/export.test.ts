import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../../src/cli/runCli';
import { toCytoscapeJson } from '../../../src/core/export/toCytoscapeJson';
import { toEdgeCsv } from '../../../src/core/export/toEdgeCsv';
import { toExonetJson } from '../../../src/core/export/toExonetJson';
import { toSif } from '../../../src/core/export/toSif';
import { parseGraphText } from '../../../src/core/model/parseGraphText';
import type { ExonetGraph } from '../../../src/core/model/types';
import { parseCsv } from '../core/export/parseCsv';
import { elementsNamed, parseXml } from '../core/export/xmlTree';
import { tinyGraph } from '../fixtures/tinyGraph';

function runInProcess(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = runCli(argv, { out: (l) => out.push(l), err: (l) => err.push(l) });
  // The entry point writes the lines joined by line breaks and ends with one.
  return { code, out, err, stdout: out.length ? `${out.join('\n')}\n` : '' };
}

/** tinyGraph plus a second route from HSP70 to CAF activation, through hypoxia. */
function pathGraph(): ExonetGraph {
  const graph = tinyGraph();
  const evidence = [{ refs: [7], section: 'angiogenesis', claim: 'Made up for a second route.' }];
  graph.edges.push(
    { id: 'hsp70--induces--hypoxia', source: 'hsp70', target: 'hypoxia', relation: 'induces', sign: 1, evidence },
    { id: 'hypoxia--promotes--caf-activation', source: 'hypoxia', target: 'caf-activation', relation: 'promotes', sign: 1, evidence },
  );
  return graph;
}

const nodeIdsOfSif = (sif: string) => [...new Set(sif.trimEnd().split('\n').flatMap((l) => { const f = l.split('\t'); return f.length === 3 ? [f[0], f[2]] : [f[0]]; }))].sort();

describe('cli/export', () => {
  let dir = '';
  let tiny = '';
  let paths = '';
  const exportTiny = (...argv: string[]) => runInProcess('export', '--graph', tiny, ...argv);
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'exonet-export-'));
    tiny = join(dir, 'tiny.json');
    paths = join(dir, 'paths.json');
    writeFileSync(tiny, JSON.stringify(tinyGraph()));
    writeFileSync(paths, JSON.stringify(pathGraph()));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  describe('bad input', () => {
    it.each([
      [['--format', 'xml'], 'export: unknown format "xml" (expected json, cyjs, graphml, csv, sif)'],
      [['--types', 'protein,gene'], /^export: --types: unknown node type "gene" \(expected protein, molecule/],
      [['--types', ','], 'export: --types needs at least one node type'],
      [['--section', 'results'], /^export: --section: unknown section "results" \(expected abstract, .*cancer-progression/],
      [['--sign', '1,2'], 'export: --sign: "2" is not a sign (expected 1, -1 or 0)'],
      [['--focus', 'tgfb', '--hops', '0'], 'export: --hops must be from 1 to 6, not 0'],
      [['--focus', 'tgfb', '--hops', '7'], 'export: --hops must be from 1 to 6, not 7'],
      [['--hallmark', 'caf activation', '--hallmark-hops', 'two'], /^export: --hallmark-hops must be a whole number from 1 to 6/],
      [['--hops', '2'], 'export: --hops only goes with --focus'],
      [['--hallmark-hops', '2'], 'export: --hallmark-hops only goes with --hallmark'],
      [['--k', '2'], 'export: --k only goes with --path'],
      [['--path', 'tgfb'], 'export: --path needs two names, FROM,TO, got 1'],
      [['--path', 'tgfb,hsp70', '--k', '0'], 'export: --k must be from 1 to 20, not 0'],
      [['extra', 'words'], 'export: export takes no words, got "extra words"'],
    ])('should exit 2 with one clear line for %j', (argv, message) => {
      const r = exportTiny(...argv);
      expect(r.code).toBe(2);
      expect(r.err[0]).toEqual(typeof message === 'string' ? message : expect.stringMatching(message));
      expect(r.err[1]).toMatch(/^usage: npm run -s graph -- export /);
      expect(r.out).toEqual([]);
    });

    it.each([
      [['--focus', 'hsp'], 'export: "hsp" is ambiguous; candidates: HSP70 (hsp70, protein); HSP90 (hsp90, protein)'],
      [['--focus', 'nowhere'], /^export: no node is named "nowhere"/],
      [['--hallmark', 'TGF-beta'], 'export: --hallmark: TGFβ (tgfb) is a protein, not a hallmark'],
      [['--hallmark', 'angiogenesis'], /^export: no node is named "angiogenesis"/],
      [['--cancer', 'lung cancer'], 'export: --cancer: no evidence names the cancer type "lung cancer" (known: breast cancer, prostate cancer)'],
      [['--path', 'hsp,tgfb'], /^export: "hsp" is ambiguous; candidates: HSP70/],
      [['--path', 'TGFβ,tgfb1'], 'export: --path: FROM and TO are the same node, TGFβ (tgfb)'],
    ])('should exit 2 naming the candidates for %j', (argv, message) => {
      const r = exportTiny(...argv);
      expect(r.code).toBe(2);
      expect(r.err[0]).toEqual(typeof message === 'string' ? message : expect.stringMatching(message));
    });

    it('should exit 1 with the problems of an invalid graph file', () => {
      const broken = join(dir, 'broken.json');
      writeFileSync(broken, '{ "nodes": [');
      const r = runInProcess('export', '--format', 'csv', '--graph', broken);
      expect(r.code).toBe(1);
      expect(r.err[0]).toMatch(/broken\.json: file: not valid JSON/);
    });
  });

  describe('empty results', () => {
    it.each([
      [['--types', 'trial'], 'nothing to export: no node is left by --types trial'],
      [['--types', 'cell', '--focus', 'tgfb'], 'nothing to export: no node is left by --types cell --focus tgfb'],
      [['--section', 'therapy'], 'nothing to export: no node is left by --section therapy'],
      [['--path', 'caf-activation,tgfb'], 'no causal path from CAF activation (caf-activation) to TGFβ (tgfb) within 5 hops; try --undirected'],
      [['--path', 'hsp70,caf-activation', '--types', 'protein,hallmark'], 'no causal path from HSP70 (hsp70) to CAF activation (caf-activation) within 5 hops; try --undirected'],
      [['--path', 'hsp70,caf-activation', '--types', 'protein,cell'], 'CAF activation (caf-activation) is hidden by the filters, so no path can use it'],
    ])('should exit 1 with one line for %j', (argv, message) => {
      const r = exportTiny(...argv);
      expect(r).toMatchObject({ code: 1, out: [], err: [message] });
    });
  });

  describe('formats', () => {
    it('should write our JSON by default, the same graph back', () => {
      const r = exportTiny();
      expect(r.code).toBe(0);
      expect(r.stdout).toBe(toExonetJson(tinyGraph()));
    });

    it('should write Cytoscape JSON that reads back as the same graph', () => {
      const r = exportTiny('--format', 'cyjs');
      expect(r.stdout).toBe(toCytoscapeJson(tinyGraph()));
      expect(parseGraphText(r.stdout)).toEqual({ ok: true, value: tinyGraph() });
    });

    it('should read a Cytoscape JSON file it wrote', () => {
      const cyjs = join(dir, 'tiny.cyjs');
      expect(exportTiny('--format', 'cyjs', '--out', cyjs).code).toBe(0);
      expect(runInProcess('export', '--graph', cyjs).stdout).toBe(toExonetJson(tinyGraph()));
    });

    it('should write well-formed GraphML with every node and edge', () => {
      const root = parseXml(exportTiny('--format', 'graphml').stdout);
      expect(elementsNamed(root, 'node')).toHaveLength(6);
      expect(elementsNamed(root, 'edge')).toHaveLength(4);
    });

    it('should write the CSV of edges byte for byte, CRLF included', () => {
      const r = exportTiny('--format', 'csv');
      expect(r.stdout).toBe(toEdgeCsv(tinyGraph()));
      expect(parseCsv(r.stdout)).toHaveLength(5);
    });

    it('should write SIF lines', () => {
      expect(exportTiny('--format', 'sif').stdout).toBe(toSif(tinyGraph()));
    });

    it('should write --out FILE and report it on stderr only', () => {
      const out = join(dir, 'edges.csv');
      const r = exportTiny('--format', 'csv', '--types', 'protein', '--out', out);
      expect(r).toMatchObject({ code: 0, out: [], err: [`wrote ${out}: 3 nodes, 2 edges (csv)`] });
      expect(parseCsv(readFileSync(out, 'utf8')).map((row) => row[4])).toEqual(['relation', 'inhibits', 'binds']);
    });
  });

  describe('filters', () => {
    const sifNodes = (...argv: string[]) => {
      const r = exportTiny('--format', 'sif', ...argv);
      expect(r.code).toBe(0);
      return nodeIdsOfSif(r.stdout);
    };

    it.each([
      [['--types', 'protein,cell'], ['fibroblast', 'hsp70', 'hsp90', 'tgfb']],
      [['--types', 'protein', '--hide-isolated'], ['hsp70', 'hsp90', 'tgfb']],
      [['--sign', '-1'], ['caf-activation', 'fibroblast', 'hsp70', 'hsp90', 'hypoxia', 'tgfb']],
      [['--sign', '-1', '--hide-isolated'], ['hsp70', 'tgfb']],
      [['--sign', '1,0', '--hide-isolated'], ['caf-activation', 'fibroblast', 'hsp70', 'hsp90', 'tgfb']],
      [['--cancer', 'Breast  Cancer'], ['fibroblast', 'tgfb']],
      [['--cancer', 'breast cancer,prostate cancer'], ['caf-activation', 'fibroblast', 'tgfb']],
      [['--section', 'immune,fig1'], ['hsp70', 'hsp90', 'tgfb']],
      [['--focus', 'TGF-beta'], ['fibroblast', 'hsp70', 'tgfb']],
      [['--focus', 'TGF-beta', '--hops', '2'], ['caf-activation', 'fibroblast', 'hsp70', 'hsp90', 'tgfb']],
      [['--hallmark', 'CAF activation', '--hallmark-hops', '1'], ['caf-activation', 'fibroblast']],
      [['--hallmark', 'caf-activation'], ['caf-activation', 'fibroblast', 'hsp70', 'tgfb']],
    ])('should export what %j leaves visible', (argv, nodes) => {
      expect(sifNodes(...argv)).toEqual(nodes);
    });

    it('should keep the focus node even when it is left without edges', () => {
      expect(sifNodes('--focus', 'hypoxia', '--hide-isolated')).toEqual(['hypoxia']);
    });
  });

  describe('--path', () => {
    const exportPaths = (...argv: string[]) => runInProcess('export', '--graph', paths, '--format', 'sif', ...argv);

    it('should export the subgraph of the k best paths', () => {
      const both = exportPaths('--path', 'HSP70,CAF activation');
      expect(both.code).toBe(0);
      expect(both.stdout.trimEnd().split('\n').sort()).toEqual([
        'fibroblast\tpromotes\tcaf-activation',
        'hsp70\tinduces\thypoxia',
        'hsp70\tinhibits\ttgfb',
        'hypoxia\tpromotes\tcaf-activation',
        'tgfb\tactivates\tfibroblast',
      ]);
      const best = exportPaths('--path', 'HSP70,CAF activation', '--k', '1');
      expect(best.stdout).toBe('hsp70\tinduces\thypoxia\nhypoxia\tpromotes\tcaf-activation\n');
    });

    it('should search within the filtered graph and honour --max-hops and --undirected', () => {
      expect(exportPaths('--path', 'hsp70,caf-activation', '--types', 'protein,cell,hallmark').stdout).toBe(
        'tgfb\tactivates\tfibroblast\nfibroblast\tpromotes\tcaf-activation\nhsp70\tinhibits\ttgfb\n',
      );
      expect(exportPaths('--path', 'hsp70,caf-activation', '--max-hops', '1').code).toBe(1);
      expect(exportPaths('--path', 'caf-activation,hsp70', '--undirected', '--k', '1').stdout).toBe(
        'hsp70\tinduces\thypoxia\nhypoxia\tpromotes\tcaf-activation\n',
      );
    });
  });
});
