import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../../src/cli/runCli';
import { parseGraphText } from '../../../src/core/model/parseGraphText';
import { tinyGraph } from '../fixtures/tinyGraph';

const root = join(import.meta.dirname, '..', '..', '..');
const fixtures = join(root, 'tests', 'fixtures', 'references');
const example = join(root, 'graph-data', 'examples', 'lumin-glioma.json');
const exampleText = join(root, 'graph-data', 'examples', 'lumin-glioma.txt');

function run(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = runCli(argv, { out: (l) => out.push(l), err: (l) => err.push(l) });
  return { code, out, err };
}

describe('cli references and audit', () => {
  let dir = '';
  let tiny = '';
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'exonet-refs-'));
    tiny = join(dir, 'tiny.json');
    writeFileSync(tiny, JSON.stringify(tinyGraph()));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('should attach a numbered list and a BibTeX file, and show prints author-year beside the number', () => {
    const out = join(dir, 'with.json');
    const numbered = run('references', join(fixtures, 'numbered.txt'), '--graph', example, '--out', out);
    expect(numbered.code).toBe(0);
    expect(numbered.err.at(-1)).toBe(`wrote ${out}: the graph with 3 references (numbered), 3 with author and year`);
    const show = run('show', 'small vesicle', '--graph', out);
    expect(show.out).toContain('      [1 Iraci et al. 2016, 2 Marlow and Quist 2019] introduction: Lumin is cargo of the shed vesicles.');

    const bib = run('references', join(fixtures, 'list.bib'), '--graph', example);
    expect(bib.code).toBe(0);
    const parsed = parseGraphText(bib.out.join('\n'));
    expect(parsed.ok && parsed.value.references?.map((r) => r.authors?.[0])).toEqual(['Iraci', 'Müller']);
  });

  it('should carry the list into an export', () => {
    const out = join(dir, 'with-ris.json');
    expect(run('references', join(fixtures, 'list.ris'), '--graph', tiny, '--out', out).code).toBe(0);
    const exported = run('export', '--graph', out, '--format', 'json');
    expect(JSON.parse(exported.out.join('\n')).references.map((r: { text: string }) => r.text)).toEqual([
      'Iraci N, Leonardi T, Gessler F. Focus on extracellular vesicles. Int J Mol Sci. 2016;17:171. doi:10.3390/ijms17020171',
      'Quist A. A made-up RIS entry. 2021.',
    ]);
  });

  it('should refuse a malformed list naming the line, and a missing file', () => {
    const bad = join(dir, 'bad.txt');
    writeFileSync(bad, '1. Doe J. A. 2016.\n1. Roe K. B. 2017.\n');
    expect(run('references', bad, '--graph', tiny)).toEqual({ code: 1, out: [], err: [`${bad}: line 2: entry 1 comes after entry 1; the numbers must go up`] });
    expect(run('references', join(dir, 'none.txt'), '--graph', tiny)).toMatchObject({ code: 2, err: [`references: no such file ${join(dir, 'none.txt')}`, expect.any(String)] });
  });

  it('should audit the example review against its own text as JSON', () => {
    const r = run('audit', '--graph', example, '--text', exampleText, '--json');
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out.join('\n'))).toEqual({
      placed: { ok: 16, total: 16, items: [] },
      anchored: { ok: 16, total: 16, items: [] },
      copiedRuns: [],
      uncovered: [],
    });
  });

  it('should refuse audit of a graph whose sections have no line spans, and a missing text', () => {
    const g = tinyGraph();
    for (const s of g.source.sections ?? []) delete s.lines;
    const noLines = join(dir, 'no-lines.json');
    writeFileSync(noLines, JSON.stringify(g));
    const r = run('audit', '--graph', noLines, '--text', exampleText);
    expect(r.code).toBe(1);
    expect(r.err.at(-1)).toMatch(/^source\.sections: the graph gives no line spans/);
    expect(run('audit', '--graph', tiny, '--text', join(dir, 'none.txt')).err[0]).toBe(`audit: --text: no such file ${join(dir, 'none.txt')}`);
  });

  it('should print the human report with the failing items', () => {
    const moved = JSON.parse(readFileSync(example, 'utf8'));
    moved.edges[0].evidence[0].refs = [150];
    const file = join(dir, 'moved.json');
    writeFileSync(file, JSON.stringify(moved));
    const r = run('audit', '--graph', file, '--text', exampleText);
    expect(r.out.slice(0, 2)).toEqual(['placed (every reference cited in the section): 15 of 16', '  edge:glioma-cell--increases_release--small-vesicle/0']);
  });
});
