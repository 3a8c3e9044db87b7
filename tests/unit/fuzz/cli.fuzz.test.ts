// Fuzzing the CLI in-process (runCli): random argv made of commands, known and unknown
// flags, "__proto__"-like flags, values, graph files good and bad, and random words. It
// never throws, exits 0, 1 or 2, and every failure is a few plain lines, never a stack trace.

import fc from 'fast-check';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../../src/cli/runCli';
import { brokenGraph, tinyGraph } from '../fixtures/tinyGraph';

function runInProcess(argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = runCli(argv, { out: (l) => out.push(l), err: (l) => err.push(l) });
  return { code, out, err };
}

function expectCleanExit({ code, err }: ReturnType<typeof runInProcess>): void {
  expect([0, 1, 2]).toContain(code);
  const text = err.join('\n');
  expect(text).not.toMatch(/^\s+at /m);
  expect(text).not.toMatch(/internal error/);
  if (code !== 0) {
    expect(err.length).toBeGreaterThan(0);
    expect(err.length).toBeLessThanOrEqual(4);
    for (const line of err) expect(line.length).toBeLessThan(600);
  }
}

describe('cli/runCli (fuzz)', () => {
  const files: Record<string, string> = {};
  let dir = '';
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'exonet-cli-fuzz-'));
    const write = (name: string, content: string) => {
      files[name] = join(dir, name);
      writeFileSync(files[name], content);
    };
    write('tiny.json', JSON.stringify(tinyGraph()));
    write('not-json.json', '{ nodes: [');
    write('empty.json', '');
    write('dangling.json', JSON.stringify(brokenGraph((g) => (g.edges[0].target = 'nowhere'))));
    write('deep.json', `${'['.repeat(50_000)}${']'.repeat(50_000)}`);
    write('cyjs.json', JSON.stringify({ elements: tinyGraph().nodes.map((n) => ({ data: n })) }));
    files.dir = join(dir, 'a-directory');
    mkdirSync(files.dir);
    files.missing = join(dir, 'missing.json');
    files.out = join(dir, 'out.json');
    files.unwritable = join(dir, 'no', 'such', 'dir', 'out.json');
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  const argvArb = () => {
    const graphFile = fc.constantFrom(...Object.keys(files).filter((k) => !['out', 'unwritable'].includes(k)).map((k) => files[k]));
    const flag = fc.constantFrom('--graph', '--k', '--max-hops', '--undirected', '--effect', '--avoid', '--avoid-types', '--json', '--format', '--limit', '--', '-k', '---k', '--=', '--constructor', '--__proto__', '--toString', '--hasOwnProperty');
    const value = fc.oneof(
      graphFile,
      fc.constantFrom('tgfb', 'TGF-beta', 'TGFβ', 'hsp', 'HSP70', 'fibroblast', 'caf activation', 'hypoxia', 'nowhere', '', ' '),
      fc.constantFrom('0', '1', '5', '20', '100', '101', '-1', '1.5', '1e3', '9'.repeat(30), 'promotes', 'suppresses', 'protein,cell', 'organ', 'json', 'xml'),
      fc.string({ maxLength: 10 }).filter((s) => !s.startsWith('--out')),
    );
    const arg = fc.oneof(flag, value, fc.tuple(flag, value).map(([f, v]) => `${f}=${v}`), fc.constantFrom(`--out=${files.out}`, `--out=${files.unwritable}`));
    const command = fc.oneof({ weight: 4, arbitrary: fc.constantFrom('validate', 'stats', 'search', 'show', 'path', 'export', 'references', 'audit') }, fc.constantFrom('help', '--help', '-h', '', 'frob', 'constructor', '__proto__'), fc.string({ maxLength: 8 }));
    return fc.tuple(command, graphFile, fc.array(arg, { maxLength: 6 })).map(([c, g, rest]) => [c, '--graph', g, ...rest]);
  };

  it('should exit 0, 1 or 2 with at most a few plain lines for any argv', () => {
    fc.assert(fc.property(argvArb(), (argv) => expectCleanExit(runInProcess(argv))), { numRuns: 500 });
  });

  it('should exit cleanly for argv of random words alone', () => {
    fc.assert(fc.property(fc.array(fc.string({ maxLength: 12 }).filter((s) => !s.startsWith('--out')), { maxLength: 5 }), (argv) => {
      expectCleanExit(runInProcess(['search', '--graph', files['tiny.json'], ...argv]));
      expectCleanExit(runInProcess(argv.length ? argv : ['frob']));
    }), { numRuns: 200 });
  });

  it('should refuse options named after Object.prototype members as unknown', () => {
    for (const name of ['constructor', '__proto__', 'toString', 'hasOwnProperty']) {
      const r = runInProcess(['validate', '--graph', files['tiny.json'], `--${name}`]);
      expect(r).toMatchObject({ code: 2, err: [`validate: unknown option --${name}`, expect.stringMatching(/^usage:/)] });
    }
  });

  it('should refuse every bad graph file with exit 1 and one line naming the file', () => {
    for (const name of ['not-json.json', 'empty.json', 'deep.json', 'dir', 'missing']) {
      const r = runInProcess(['stats', '--graph', files[name]]);
      expect(r.code).toBe(1);
      expect(r.err).toEqual([expect.stringContaining(files[name])]);
    }
  });

  it('should report a write failure of --out in one line', () => {
    const r = runInProcess(['export', '--graph', files['tiny.json'], '--out', files.unwritable]);
    expect(r.code).toBe(1);
    expect(r.err).toEqual([expect.stringMatching(/^cannot write .*ENOENT/)]);
  });
});
