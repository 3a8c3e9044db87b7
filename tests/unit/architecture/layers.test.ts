// The layer rules of src/, checked on the source text: the pure core, the store that never
// reaches into the canvas, Cytoscape only in the canvas adapter, and short files.

import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const SRC = join(import.meta.dirname, '..', '..', '..', 'src');
const MAX_LINES = 400;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.(ts|tsx)$/.test(name) ? [path] : [];
  });
}

const files = sourceFiles(SRC).map((path) => ({ path: relative(SRC, path).split('\\').join('/'), text: readFileSync(path, 'utf8') }));

interface Import {
  from: string;
  typeOnly: boolean;
}

/** Every import and re-export of a file, with whether it brings in types only. */
function importsOf(text: string): Import[] {
  const found: Import[] = [];
  const re = /^\s*(import|export)\s+(type\s+)?([^'";]*?\s+from\s+)?['"]([^'"]+)['"]/gm;
  for (const m of text.matchAll(re)) found.push({ from: m[4], typeOnly: !!m[2] });
  for (const m of text.matchAll(/import\(\s*['"]([^'"]+)['"]\s*\)/g)) found.push({ from: m[1], typeOnly: false });
  return found;
}

/** Where a relative import lands, as a path under src/. */
function resolved(file: string, from: string): string {
  if (!from.startsWith('.')) return from;
  const parts = file.split('/').slice(0, -1);
  for (const p of from.split('/')) {
    if (p === '..') parts.pop();
    else if (p !== '.') parts.push(p);
  }
  return parts.join('/');
}

const inLayer = (file: string, layer: string) => file.startsWith(`${layer}/`);
const isPackage = (from: string, name: string) => from === name || from.startsWith(`${name}/`) || from.startsWith(`${name}-`);

function violations(predicate: (file: string, imp: Import, target: string) => boolean, layer?: string): string[] {
  return files
    .filter((f) => !layer || inLayer(f.path, layer))
    .flatMap((f) => importsOf(f.text).filter((imp) => predicate(f.path, imp, resolved(f.path, imp.from))).map((imp) => `${f.path} imports ${imp.from}`));
}

describe('architecture: layers of src/', () => {
  it('should find the source files and read their imports', () => {
    expect(files.length).toBeGreaterThan(50);
    expect(importsOf("import type { A } from './a';\nimport b from 'b';\nexport { c } from '../c';")).toEqual([
      { from: './a', typeOnly: true },
      { from: 'b', typeOnly: false },
      { from: '../c', typeOnly: false },
    ]);
    expect(resolved('state/x/y.ts', '../../cy/view')).toBe('cy/view');
  });

  it('should keep core free of react, zustand, cytoscape and the other layers', () => {
    const bad = violations((_file, imp, target) =>
      ['react', 'react-dom', 'zustand', 'cytoscape', 'react-cytoscapejs'].some((p) => isPackage(imp.from, p)) ||
      ['state', 'cy', 'components', 'cli', 'commands', 'io', 'data'].some((l) => inLayer(`${target}/`, l)), 'core');
    expect(bad).toEqual([]);
  });

  it('should keep the browser out of core, even in comments', () => {
    const bad = files
      .filter((f) => inLayer(f.path, 'core'))
      .flatMap((f) => ['window.', 'document.', 'localStorage.'].filter((word) => f.text.includes(word)).map((word) => `${f.path} names ${word}`));
    expect(bad).toEqual([]);
  });

  it('should keep the store from importing the canvas or the components', () => {
    expect(violations((_file, _imp, target) => inLayer(`${target}/`, 'cy') || inLayer(`${target}/`, 'components'), 'state')).toEqual([]);
  });

  it('should import cytoscape and its extensions (anything but types) only under src/cy', () => {
    const isCytoscape = (imp: Import) => isPackage(imp.from, 'cytoscape') && !imp.typeOnly;
    expect(violations((file, imp) => !inLayer(file, 'cy') && isCytoscape(imp))).toEqual([]);
    // The rule sees the imports it is about: the adapter does import cytoscape.
    expect(violations((_file, imp) => isCytoscape(imp), 'cy').length).toBeGreaterThan(0);
  });

  it('should mount react-cytoscapejs in the canvas component only', () => {
    expect(violations((file, imp) => imp.from === 'react-cytoscapejs' && file !== 'components/GraphCanvas/GraphCanvas.tsx')).toEqual([]);
  });

  it(`should have no source file over ${MAX_LINES} lines`, () => {
    const long = files.filter((f) => f.text.split('\n').length > MAX_LINES).map((f) => `${f.path}: ${f.text.split('\n').length} lines`);
    expect(long).toEqual([]);
  });
});
