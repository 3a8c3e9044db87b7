// fast-check arbitraries for small valid ExonetGraphs, for property tests of anything that
// takes a graph (serializers, filters, paths). Every generated graph passes validateGraph.
// Texts mix ordinary graphemes with the characters that break formats: markup (< & " '),
// separators (, ; | tab), line breaks, formula starters (= + - @), Greek letters, control
// characters, lone surrogates and noncharacters.
//
// Names never clash after normalisation: a node id ends in "-n<i>", its label in " n<i>q"
// and its aliases in " a<i>q", so the digits before the last letter tell the nodes apart.

import fc from 'fast-check';
import type { Evidence, ExonetGraph, GraphEdge, GraphNode, Sign } from '../../../src/core/model/types';
import { NODE_TYPES } from '../../../src/core/model/types';
import { FLEXIBLE_SIGN_RELATIONS, RELATION_SIGNS } from '../../../src/core/model/vocabulary';

/** The sections and reference count a generated source may declare; evidence keeps within them. */
const SECTIONS = [
  { slug: 'introduction', title: 'Introduction', lines: [[1, 20]] as Array<[number, number]> },
  { slug: 'results', title: 'Results <&> "β"', lines: [[21, 40], [46, 60]] as Array<[number, number]> },
  { slug: 'fig1', title: 'Fig. 1' },
  { slug: 'discussion', title: 'Discussion' },
];
const REF_COUNT = 312;

export interface GraphArbitraryOptions {
  /** At most this many nodes (default 6). */
  maxNodes?: number;
  /** At most this many edges (default 8). */
  maxEdges?: number;
}

const TRICKY = ['<', '>', '&', '"', "'", ',', ';', '|', '\t', '\n', '\r', '\r\n', ' ', 'β', 'κ', '=', '+', '-', '@', ']]>', '&amp;', '\u0000', '\u001f', '\u007f', '\ud800', '\udc00', '\ufffe', 'é', '😀'];

const unit = fc.oneof(
  { weight: 2, arbitrary: fc.constantFrom(...TRICKY) },
  { weight: 3, arbitrary: fc.string({ unit: 'grapheme-ascii', minLength: 1, maxLength: 1 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', minLength: 1, maxLength: 1 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }) },
);

/** Any text, tricky characters included. */
export const textArbitrary: fc.Arbitrary<string> = fc.string({ unit, maxLength: 10 });

/** Text with something other than white space in it (claims, context values). */
export const nonBlankTextArbitrary: fc.Arbitrary<string> = fc.string({ unit, minLength: 1, maxLength: 10 }).filter((s) => s.trim() !== '');

const slugWord = fc.string({ unit: fc.constantFrom(...'abcdefghijklmnopqrstuvwxyz0123456789'), minLength: 1, maxLength: 5 });
const section = fc.constantFrom(...SECTIONS.map((s) => s.slug));
const cancer = fc.oneof(fc.constantFrom('breast cancer', 'melanoma', 'prostate cancer'), nonBlankTextArbitrary);
/** A finite number that survives JSON unchanged (no -0). */
const finite = fc.double({ noNaN: true, noDefaultInfinity: true }).map((x) => (x === 0 ? 0 : x));
const optional = { requiredKeys: [] as never[], noNullPrototype: true };

const plainEvidenceArbitrary: fc.Arbitrary<Evidence> = fc.record(
  {
    refs: fc.uniqueArray(fc.integer({ min: 1, max: REF_COUNT }), { maxLength: 4 }),
    section,
    claim: nonBlankTextArbitrary,
    context: fc.record(
      {
        cancer: fc.array(cancer, { maxLength: 2 }),
        cells: fc.array(nonBlankTextArbitrary, { maxLength: 2 }),
        cellLines: fc.array(nonBlankTextArbitrary, { maxLength: 1 }),
        conditions: fc.array(nonBlankTextArbitrary, { maxLength: 1 }),
        model: fc.array(nonBlankTextArbitrary, { maxLength: 1 }),
      },
      optional,
    ),
  },
  { requiredKeys: ['refs', 'section', 'claim'], noNullPrototype: true },
);

/** An evidence item, sometimes hedged (certainty "hedged" with its hedge words). */
export const evidenceArbitrary: fc.Arbitrary<Evidence> = fc
  .tuple(plainEvidenceArbitrary, fc.option(nonBlankTextArbitrary, { freq: 3 }))
  .map(([item, hedge]) => (hedge === null ? item : { ...item, certainty: 'hedged' as const, hedge }));

function nodeArbitrary(i: number): fc.Arbitrary<GraphNode> {
  return fc.record(
    {
      id: slugWord.map((w) => `${w}-n${i}`),
      label: textArbitrary.map((t) => `${t} n${i}q`),
      type: fc.constantFrom(...NODE_TYPES),
      aliases: fc.array(textArbitrary.map((t) => `${t} a${i}q`), { maxLength: 2 }),
      description: textArbitrary,
      exosomal: fc.boolean(),
      xrefs: fc.record({ hgnc: textArbitrary, uniprot: textArbitrary, chebi: textArbitrary, nct: textArbitrary }, optional),
      evidence: fc.array(evidenceArbitrary, { maxLength: 2 }),
      attributes: fc.record({ status: textArbitrary, phase: finite, recruiting: fc.boolean(), organs: fc.array(textArbitrary, { maxLength: 2 }) }, optional),
      canonical: fc.boolean(),
    },
    { requiredKeys: ['id', 'label', 'type'], noNullPrototype: true },
  ).map((node) => {
    // Only a hallmark says whether it is canonical.
    if (node.type === 'hallmark' || node.canonical === undefined) return node;
    const rest = { ...node };
    delete rest.canonical;
    return rest;
  });
}

const RELATION_WITH_SIGN: ReadonlyArray<[string, Sign]> = Object.entries(RELATION_SIGNS).flatMap(([relation, sign]) =>
  FLEXIBLE_SIGN_RELATIONS.has(relation) ? [[relation, sign], [relation, 1], [relation, -1]] : [[relation, sign]],
) as Array<[string, Sign]>;

interface EdgeDraw {
  source: number;
  target: number;
  relation: [string, Sign];
  evidence: Evidence[];
  biomarker?: GraphEdge['biomarker'];
}

function edgeDrawArbitrary(nodeCount: number): fc.Arbitrary<EdgeDraw> {
  const end = fc.integer({ min: 0, max: nodeCount - 1 });
  return fc.record(
    {
      source: end,
      target: end,
      relation: fc.constantFrom(...RELATION_WITH_SIGN),
      evidence: fc.array(evidenceArbitrary, { minLength: 1, maxLength: 3 }),
      biomarker: fc.record({ fluid: textArbitrary, sensitivity: textArbitrary, specificity: textArbitrary, auc: textArbitrary }, optional),
    },
    { requiredKeys: ['source', 'target', 'relation', 'evidence'], noNullPrototype: true },
  );
}

const sourceArbitrary = fc.record(
  {
    title: textArbitrary,
    authors: fc.array(textArbitrary, { maxLength: 3 }),
    journal: textArbitrary,
    year: fc.integer({ min: 1900, max: 2100 }),
    doi: textArbitrary,
    sections: fc.constant(SECTIONS),
    referenceCount: fc.constant(REF_COUNT),
  },
  { requiredKeys: ['title', 'authors'], noNullPrototype: true },
);

const referencesArbitrary = fc.uniqueArray(
  fc.record(
    {
      n: fc.integer({ min: 1, max: REF_COUNT }),
      text: textArbitrary,
      doi: textArbitrary,
      year: fc.integer({ min: 1900, max: 2100 }),
      authors: fc.array(textArbitrary, { maxLength: 3 }),
    },
    { requiredKeys: ['n', 'text'], noNullPrototype: true },
  ),
  { maxLength: 3, selector: (r) => r.n },
);

export function graphArbitrary(options: GraphArbitraryOptions = {}): fc.Arbitrary<ExonetGraph> {
  const maxNodes = options.maxNodes ?? 6;
  const maxEdges = options.maxEdges ?? 8;
  return fc.integer({ min: 0, max: maxNodes }).chain((n) =>
    fc
      .record({
        source: sourceArbitrary,
        nodes: n ? fc.tuple(...Array.from({ length: n }, (_, i) => nodeArbitrary(i))) : fc.constant([] as GraphNode[]),
        edges: n
          ? fc.uniqueArray(edgeDrawArbitrary(n), { maxLength: maxEdges, selector: (e) => `${e.source} ${e.relation[0]} ${e.target}` })
          : fc.constant([] as EdgeDraw[]),
        positions: fc.option(fc.array(fc.option(fc.record({ x: finite, y: finite }, { noNullPrototype: true }), { nil: undefined }), { minLength: n, maxLength: n }), { nil: undefined }),
        references: fc.option(referencesArbitrary, { nil: undefined }),
      })
      .map(({ source, nodes, edges, positions, references }): ExonetGraph => {
        const graphEdges = edges.map(({ source: s, target: t, relation: [relation, sign], ...rest }, j): GraphEdge => ({
          id: `edge_${j}`,
          source: nodes[s].id,
          target: nodes[t].id,
          relation,
          sign,
          ...rest,
        }));
        const positionMap = positions && Object.fromEntries(nodes.flatMap((node, i) => (positions[i] ? [[node.id, positions[i]]] : [])));
        return {
          format: 'exonet-graph',
          version: 1,
          source,
          nodes: [...nodes],
          edges: graphEdges,
          ...(references ? { references } : {}),
          ...(positionMap ? { positions: positionMap } : {}),
        };
      }),
  );
}
