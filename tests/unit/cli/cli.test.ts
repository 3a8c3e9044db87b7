import { execFile } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../../src/cli/runCli';
import { brokenGraph, tinyGraph } from '../fixtures/tinyGraph';

const ROOT = join(import.meta.dirname, '..', '..', '..');
const run = promisify(execFile);

function runInProcess(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = runCli(argv, { out: (l) => out.push(l), err: (l) => err.push(l) });
  return { code, out, err };
}

async function runProcess(...argv: string[]) {
  try {
    // The compiled CLI (cli-dist/, built by the unit tests' global setup as by `prepare`).
    const r = await run(process.execPath, [join(ROOT, 'cli-dist', 'exonet.mjs'), ...argv], { cwd: ROOT });
    return { code: 0, stdout: r.stdout, stderr: r.stderr };
  } catch (e) {
    const error = e as { code: number; stdout: string; stderr: string };
    return { code: error.code, stdout: error.stdout, stderr: error.stderr };
  }
}

describe('cli', () => {
  let dir: string;
  const file = (name: string, content: unknown) => {
    const path = join(dir, name);
    writeFileSync(path, typeof content === 'string' ? content : JSON.stringify(content));
    return path;
  };
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'exonet-cli-'));
  });

  describe('usage', () => {
    it('should exit 2 with one line for an unknown command or option', () => {
      expect(runInProcess('frobnicate')).toMatchObject({ code: 2, err: [expect.stringMatching(/^unknown command "frobnicate"/)] });
      const r = runInProcess('validate', '--colour', 'red');
      expect(r.code).toBe(2);
      expect(r.err[0]).toBe('validate: unknown option --colour');
    });
    it('should print the usage of a command for --help and exit 0', () => {
      const r = runInProcess('path', '--help');
      expect(r.code).toBe(0);
      expect(r.out[0]).toMatch(/^usage: npm run -s graph -- path FROM TO/);
    });
    it('should exit 2 when a value is missing', () => {
      expect(runInProcess('validate', '--graph').code).toBe(2);
      expect(runInProcess('search').code).toBe(2);
      expect(runInProcess('search', 'x', '--limit', 'many').err[0]).toMatch(/--limit must be a whole number/);
    });
  });

  describe('validate', () => {
    it('should refuse a file that is not JSON with exit 1 and one clear line', () => {
      const r = runInProcess('validate', '--graph', file('bad.json', '{ nodes: ['));
      expect(r.code).toBe(1);
      expect(r.err[0]).toMatch(/bad\.json: file: not valid JSON/);
    });
    it('should refuse a missing file', () => {
      expect(runInProcess('validate', '--graph', join(dir, 'none.json')).err[0]).toMatch(/no such file/);
    });
    it.each([
      ['a dangling edge', (g: Record<string, any>) => (g.edges[0].target = 'ghost'), /target "ghost" is not a node/],
      ['a duplicate id', (g: Record<string, any>) => g.nodes.push({ ...g.nodes[0] }), /duplicate node id "tgfb"/],
      ['a reference 999', (g: Record<string, any>) => (g.edges[0].evidence[0].refs = [999]), /reference 999 is not an integer from 1 to 280/],
      ['an unknown type', (g: Record<string, any>) => (g.nodes[0].type = 'gene'), /unknown node type "gene"/],
    ])('should refuse %s with exit 1', (_name, mutate, message) => {
      const r = runInProcess('validate', '--graph', file('broken.json', brokenGraph(mutate)));
      expect(r.code).toBe(1);
      expect(r.err.some((l) => message.test(l))).toBe(true);
      expect(r.err.at(-1)).toMatch(/^invalid: \d+ problems?$/);
    });
    it('should print counts and exit 0 for a valid file', () => {
      const r = runInProcess('validate', '--graph', file('ok.json', tinyGraph()));
      expect(r).toMatchObject({ code: 0, out: ['valid: 6 nodes, 4 edges, 4 evidence items, 4 of 280 references cited'] });
    });
  });

  describe('search and show', () => {
    it('should exit 1 when nothing matches', () => {
      expect(runInProcess('search', 'dragon', '--graph', file('ok.json', tinyGraph())).code).toBe(1);
    });
    it('should list matches best first', () => {
      const r = runInProcess('search', 'hsp', '--graph', file('ok.json', tinyGraph()));
      expect(r.code).toBe(0);
      expect(r.out.map((l) => l.split(/\s+/)[0])).toEqual(['hsp70', 'hsp90']);
    });
    it('should exit 2 with the candidates for an ambiguous name', () => {
      const r = runInProcess('show', 'HSP', '--graph', file('ok.json', tinyGraph()));
      expect(r.code).toBe(2);
      expect(r.err[0]).toBe('show: "HSP" is ambiguous; candidates: HSP70 (hsp70, protein); HSP90 (hsp90, protein)');
    });
    it('should show a node with its edges and evidence', () => {
      const r = runInProcess('show', 'tgf-beta', '--graph', file('ok.json', tinyGraph()));
      expect(r.code).toBe(0);
      expect(r.out[0]).toBe('TGFβ (tgfb), protein, exosomal');
      expect(r.out.join('\n')).toContain('[121, 122] cancer-progression: TGFβ on exosomes switches fibroblasts on. (breast cancer)');
    });
    it('should state each edge in plain words from the node, in both directions, with no relation id', () => {
      const r = runInProcess('show', 'tgfb', '--graph', file('ok.json', tinyGraph()));
      expect(r.out).toContain('  TGFβ activates fibroblast');
      expect(r.out).toContain('  TGFβ is inhibited by HSP70');
      const stats = runInProcess('stats', '--graph', file('ok.json', tinyGraph()));
      expect(stats.out.join('\n')).toMatch(/^ {2}is bound by|^ {2}binds\s+1$/m);
      expect(stats.out[1]).toBe('hedged evidence items (the review says "may", "is thought"): 0 (0%)');
      for (const out of [r.out, stats.out]) expect(out.join('\n')).not.toMatch(/[a-z]_[a-z]|-\w+->/);
    });
  });

  describe('the real process', () => {
    it('should validate the embedded review graph and exit 0', async () => {
      const r = await runProcess('validate');
      expect(r.stderr).toBe('');
      expect(r.code).toBe(0);
      expect(r.stdout).toMatch(/^valid: \d+ nodes, \d+ edges/);
    });
    it('should exit 1 on a broken file with no stack trace', async () => {
      const r = await runProcess('validate', '--graph', file('broken2.json', brokenGraph((g) => (g.nodes[0].type = 'gene'))));
      expect(r.code).toBe(1);
      expect(r.stderr).not.toMatch(/\n\s+at /);
    });
    it('should write a large export to a pipe without cutting it', async () => {
      const r = await runProcess('export', '--format', 'json');
      expect(r.code).toBe(0);
      expect(() => JSON.parse(r.stdout)).not.toThrow();
    });
  });
});
