// The Cytoscape.js build the explorer ships (build/cytoscapeCanvasOnly.ts): bundled here
// with the same replacements and run headless, it keeps what the explorer uses and leaves
// out the graph algorithms, the other layouts and the WebGL renderer.

import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type cytoscapeType from 'cytoscape';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CYTOSCAPE_SOURCE_ENTRY, esbuildCytoscapeCanvasOnly, replacementFor } from '../../../build/cytoscapeCanvasOnly';

const dir = mkdtempSync(join(tmpdir(), 'exonet-cytoscape-'));
let cytoscape: typeof cytoscapeType;

beforeAll(async () => {
  const outfile = join(dir, 'cytoscape.mjs');
  await build({
    stdin: { contents: "export { default } from 'cytoscape';", resolveDir: dir, loader: 'js' },
    bundle: true, format: 'esm', platform: 'node', outfile, logLevel: 'error', plugins: [esbuildCytoscapeCanvasOnly()],
  });
  cytoscape = ((await import(pathToFileURL(outfile).href)) as { default: typeof cytoscapeType }).default;
}, 60_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const elements = [{ data: { id: 'a' } }, { data: { id: 'b' } }, { data: { id: 'ab', source: 'a', target: 'b' } }];

describe('build/cytoscapeCanvasOnly', () => {
  it('should replace only the three left-out parts and the version, inside Cytoscape’s sources', () => {
    const src = join(CYTOSCAPE_SOURCE_ENTRY, '..');
    expect(replacementFor(join(src, 'collection', 'algorithms', 'index.mjs'))).toContain('export default {}');
    expect(replacementFor(join(src, 'version.mjs'))).toMatch(/^export default "\d+\.\d+\.\d+";/);
    expect(replacementFor(join(src, 'collection', 'index.mjs'))).toBeNull();
    expect(replacementFor('/elsewhere/collection/algorithms/index.mjs')).toBeNull();
  });

  it('should build a Cytoscape that lays out with preset, grid and null and traverses, with its version', () => {
    const cy = cytoscape({ headless: true, elements });
    cy.layout({ name: 'preset', positions: { a: { x: 5, y: 6 }, b: { x: 50, y: 60 } } }).run();
    expect(cy.$id('a').position()).toEqual({ x: 5, y: 6 });
    cy.layout({ name: 'grid' }).run();
    expect(cy.$id('a').outgoers('node').map((n) => n.id())).toEqual(['b']);
    expect((cytoscape as unknown as { version: string }).version).toMatch(/^\d+\.\d+\.\d+$/);
    cy.destroy();
  });

  it('should leave out the graph algorithms and the other layouts', () => {
    const cy = cytoscape({ headless: true, elements });
    expect((cy.elements() as unknown as Record<string, unknown>).dijkstra).toBeUndefined();
    expect((cy.elements() as unknown as Record<string, unknown>).pageRank).toBeUndefined();
    expect(() => cy.layout({ name: 'cose' }).run()).toThrow(/No such layout `cose`/);
    cy.destroy();
  });
});
