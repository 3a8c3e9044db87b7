// Fuzzing the graph importer (parseGraphText / parseGraphValue): random JSON, random text,
// and random edits of a valid graph, in our format and as Cytoscape.js JSON. Whatever comes
// in, the answer is a graph that passes validateGraph and fits the model's types, or a
// non-empty list of {where, message} problems; it never throws and never pollutes prototypes.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parentOf, pathsOf } from './jsonPaths';
import { toExonetJson } from '../../../src/core/export/toExonetJson';
import { MAX_GRAPH_ELEMENTS, parseGraphText, parseGraphValue } from '../../../src/core/model/parseGraphText';
import type { ExonetGraph, Result } from '../../../src/core/model/types';
import { NODE_TYPES } from '../../../src/core/model/types';
import { validateGraph } from '../../../src/core/model/validateGraph';
import { tinyGraph } from '../fixtures/tinyGraph';

const PROTOTYPE_KEYS = ['__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty', 'valueOf'];
const NASTY: unknown[] = [
  1e308, -1e308, 2 ** 53 + 2, -1, 0, 0.5, 281, 1e21, '', ' ', '0', 'true', 'null', '__proto__', 'constructor', 'toString',
  '<img src=x onerror="window.__pwned=1">', '\u0000', '\ud800', 'x'.repeat(3000), [], {}, [[[[[]]]]], null, true, false,
];
const jsonish: fc.Arbitrary<unknown> = fc.oneof({ weight: 3, arbitrary: fc.jsonValue({ maxDepth: 3 }) }, { weight: 2, arbitrary: fc.constantFrom(...NASTY) });

type Edit = { kind: 'delete'; at: number } | { kind: 'replace'; at: number; value: unknown } | { kind: 'addKey'; at: number; key: string; value: unknown };
const editArb: fc.Arbitrary<Edit> = fc.oneof(
  fc.record({ kind: fc.constant('delete' as const), at: fc.nat() }),
  { weight: 3, arbitrary: fc.record({ kind: fc.constant('replace' as const), at: fc.nat(), value: jsonish }) },
  fc.record({ kind: fc.constant('addKey' as const), at: fc.nat(), key: fc.oneof(fc.constantFrom(...PROTOTYPE_KEYS), fc.string({ maxLength: 8 })), value: jsonish }),
);

const define = (target: object, key: PropertyKey, value: unknown) =>
  Object.defineProperty(target, key, { value: structuredClone(value), enumerable: true, writable: true, configurable: true });

/** Applies edits to a deep copy. Keys are defined, not assigned, so "__proto__" is an own key, as JSON.parse makes it. */
function applyEdits(original: unknown, edits: readonly Edit[]): unknown {
  let doc = structuredClone(original);
  for (const edit of edits) {
    const paths = pathsOf(doc);
    const path = paths[edit.at % paths.length];
    if (path.length === 0) {
      if (edit.kind === 'replace') doc = structuredClone(edit.value);
      continue;
    }
    const { parent, key } = parentOf(doc, path);
    if (edit.kind === 'delete') {
      if (Array.isArray(parent)) parent.splice(key as number, 1);
      else delete parent[key];
    } else if (edit.kind === 'replace') {
      define(parent, key, edit.value);
    } else if (typeof parent[key] === 'object' && parent[key] !== null && !Array.isArray(parent[key])) {
      define(parent[key], edit.key, edit.value);
    }
  }
  return doc;
}

function asCytoscapeJson(graph: ExonetGraph, split: boolean): unknown {
  const nodes = graph.nodes.map((n) => ({ data: { ...n, name: n.label }, position: { x: 1, y: 2 } }));
  const edges = graph.edges.map((e) => ({ data: { ...e, interaction: e.relation } }));
  return { data: { name: 'a cyjs graph' }, elements: split ? { nodes, edges } : [...nodes.map((n) => ({ group: 'nodes', ...n })), ...edges] };
}

// An oracle independent of the validator: the shapes that types.ts promises to every reader.
const isText = (v: unknown) => typeof v === 'string';
const isTexts = (v: unknown) => Array.isArray(v) && v.every(isText);
const optional = (v: unknown, check: (v: unknown) => boolean) => v === undefined || check(v);
const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isEvidence = (e: unknown) =>
  isObject(e) && Array.isArray(e.refs) && e.refs.every((r) => Number.isInteger(r)) && isText(e.section) && isText(e.claim) &&
  optional(e.context, (c) => isObject(c) && Object.values(c).every(isTexts));

function fitsTheModel(g: ExonetGraph): boolean {
  const s: unknown = g.source;
  const sourceOk = isObject(s) && isText(s.title) && isTexts(s.authors) && optional(s.journal, isText) && optional(s.year, (y) => typeof y === 'number') && optional(s.doi, isText);
  const nodesOk = g.nodes.every((n) =>
    isText(n.id) && isText(n.label) && (NODE_TYPES as readonly string[]).includes(n.type) && optional(n.aliases, isTexts) &&
    optional(n.description, isText) && optional(n.exosomal, (x) => typeof x === 'boolean') && optional(n.xrefs, (x) => isObject(x) && Object.values(x).every(isText)) &&
    optional(n.evidence, (ev) => Array.isArray(ev) && ev.every(isEvidence)) &&
    optional(n.attributes, (a) => isObject(a) && Object.values(a).every((v) => ['string', 'number', 'boolean'].includes(typeof v) || isTexts(v))));
  const edgesOk = g.edges.every((e) =>
    isText(e.id) && isText(e.source) && isText(e.target) && isText(e.relation) && [1, -1, 0].includes(e.sign) &&
    Array.isArray(e.evidence) && e.evidence.every(isEvidence) && optional(e.biomarker, (b) => isObject(b) && Object.values(b).every(isText)));
  const refsOk = optional(g.references, (r) => Array.isArray(r) && r.every((x) => isObject(x) && Number.isInteger(x.n) && isText(x.text) && optional(x.doi, isText)));
  // Cytoscape keeps one id space for nodes and edges: a shared id silently drops an element.
  const ids = [...g.nodes.map((n) => n.id), ...g.edges.map((e) => e.id)];
  return sourceOk && nodesOk && edgesOk && refsOk && new Set(ids).size === ids.length;
}

function expectContract(result: Result<ExonetGraph>): void {
  if (result.ok) {
    expect(validateGraph(result.value).ok).toBe(true);
    expect(fitsTheModel(result.value)).toBe(true);
    expect(parseGraphText(toExonetJson(result.value)).ok).toBe(true);
  } else {
    expect(result.ok).toBe(false);
    expect(result.problems.length).toBeGreaterThan(0);
    for (const p of result.problems) {
      expect(typeof p.where).toBe('string');
      expect(typeof p.message).toBe('string');
      expect(p.message.length).toBeGreaterThan(0);
    }
  }
  expect(({} as Record<string, unknown>).x).toBeUndefined();
  expect(Object.keys(Object.prototype)).toEqual([]);
}

describe('core/model/parseGraphText (fuzz)', () => {
  describe('parseGraphValue', () => {
    it('should answer any JSON value with a valid graph or a list of problems', () => {
      fc.assert(fc.property(jsonish, (value) => expectContract(parseGraphValue(value))), { numRuns: 400 });
    });

    it('should answer objects that look half like a graph with a valid graph or problems', () => {
      const graphish = fc.record(
        { format: fc.constantFrom('exonet-graph', 'x', 1), version: fc.constantFrom(1, 2, '1'), source: jsonish, nodes: fc.array(jsonish, { maxLength: 4 }), edges: fc.array(jsonish, { maxLength: 4 }), references: jsonish, positions: jsonish, elements: jsonish },
        { requiredKeys: [] },
      );
      fc.assert(fc.property(graphish, (value) => expectContract(parseGraphValue(value))), { numRuns: 400 });
    });

    it('should answer random edits of a valid graph (deleted fields, wrong types, huge numbers, "__proto__" keys) without throwing', () => {
      fc.assert(fc.property(fc.array(editArb, { minLength: 1, maxLength: 4 }), (edits) => {
        const edited = applyEdits(tinyGraph(), edits);
        expectContract(parseGraphValue(edited));
        expectContract(parseGraphText(JSON.stringify(edited) ?? 'undefined'));
      }), { numRuns: 1000 });
    });

    it('should answer random edits of Cytoscape.js JSON (element list or {nodes, edges}) without throwing', () => {
      fc.assert(fc.property(fc.boolean(), fc.array(editArb, { maxLength: 4 }), (split, edits) => {
        expectContract(parseGraphValue(applyEdits(asCytoscapeJson(tinyGraph(), split), edits)));
      }), { numRuns: 600 });
    });

    it('should open Cytoscape.js JSON of a valid graph in both element layouts with the same counts', () => {
      for (const split of [true, false]) {
        const result = parseGraphValue(asCytoscapeJson(tinyGraph(), split));
        expect(result.ok && [result.value.nodes.length, result.value.edges.length]).toEqual([6, 4]);
      }
    });

    it('should refuse a graph that gives an edge the id of a node, which Cytoscape would silently drop', () => {
      const g = tinyGraph();
      g.edges[0].id = 'hsp90';
      expect(parseGraphValue(g)).toMatchObject({ ok: false, problems: [{ where: 'edge "hsp90".id', message: expect.stringMatching(/also the id of a node/) }] });
    });

    it('should refuse a relation named after an Object.prototype member with a plain message', () => {
      const g = tinyGraph();
      g.edges[0].relation = 'constructor';
      expect(parseGraphValue(g)).toMatchObject({ ok: false, problems: [{ message: 'unknown relation "constructor"' }] });
    });

    it('should refuse authors that are not a list and a biomarker value that is not text', () => {
      const g = tinyGraph() as unknown as { source: unknown; edges: Array<Record<string, unknown>> };
      g.source = { title: 'authors as one text', authors: 'Doe J, Roe R' };
      g.edges[0].biomarker = { auc: { html: '<b>' } };
      const result = parseGraphValue(g);
      expect(result.ok ? [] : result.problems.map((p) => p.where)).toEqual(['source.authors', 'edge "tgfb--activates--fibroblast".biomarker']);
    });
  });

  describe('parseGraphText', () => {
    it('should answer any text, and JSON-like text cut or spliced at random, with a graph or problems', () => {
      const valid = JSON.stringify(tinyGraph());
      const spliced = fc.tuple(fc.nat(valid.length), fc.nat(40), fc.string({ maxLength: 6 })).map(([at, cut, insert]) => valid.slice(0, at) + insert + valid.slice(at + cut));
      const text = fc.oneof(fc.string(), fc.string({ unit: 'binary' }), fc.json(), spliced);
      fc.assert(fc.property(text, (t) => expectContract(parseGraphText(t))), { numRuns: 600 });
    });

    it('should refuse text nested thousands of levels deep without overflowing the stack', () => {
      const deep = `${'['.repeat(100_000)}${']'.repeat(100_000)}`;
      const text = `{"format":"exonet-graph","version":1,"source":{"title":"t","authors":[]},"nodes":[{"id":${deep},"label":"x","type":"protein"}],"edges":[]}`;
      const result = parseGraphText(text);
      expect(result).toMatchObject({ ok: false, problems: [{ where: 'file' }] });
      expect(() => parseGraphValue(JSON.parse(text))).not.toThrow();
    });

    it('should keep problem texts short when an id is a megabyte long', () => {
      const g = tinyGraph();
      g.nodes[0].id = 'X'.repeat(1_000_000);
      const result = parseGraphText(JSON.stringify(g));
      expect(result.ok).toBe(false);
      for (const p of result.ok ? [] : result.problems) expect(p.where.length + p.message.length).toBeLessThan(500);
    });

    it('should refuse a graph with more elements than the limit', () => {
      const g = tinyGraph();
      const nodes = Array.from({ length: MAX_GRAPH_ELEMENTS + 1 }, (_, i) => ({ id: `n${i}`, label: `n${i}`, type: 'protein' as const }));
      expect(parseGraphText(JSON.stringify({ ...g, nodes, edges: [] }))).toMatchObject({ ok: false, problems: [{ where: 'file', message: expect.stringMatching(new RegExp(`at most ${MAX_GRAPH_ELEMENTS}`)) }] });
    });

    it('should open what it exported, unchanged', () => {
      const result = parseGraphText(toExonetJson(tinyGraph()));
      expect(result).toEqual({ ok: true, value: tinyGraph() });
    });
  });
});
