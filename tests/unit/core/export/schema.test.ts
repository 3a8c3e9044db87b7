// The JSON Schema of the format (schema/exonet-graph.schema.json) against what the code
// writes: every JSON export, of the embedded review, the example review and generated
// graphs, validates; the schema's vocabularies are the code's.

import { Ajv2020 } from 'ajv/dist/2020.js';
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadGraphDataDir } from '../../../../src/cli/loadGraph';
import { toExonetJson } from '../../../../src/core/export/toExonetJson';
import { parseGraphText } from '../../../../src/core/model/parseGraphText';
import { NODE_TYPES } from '../../../../src/core/model/types';
import { RELATIONS } from '../../../../src/core/model/vocabulary';
import { graphArbitrary } from '../../arbitraries/graphArbitrary';
import { tinyGraph } from '../../fixtures/tinyGraph';

const root = join(import.meta.dirname, '..', '..', '..', '..');
const schema = JSON.parse(readFileSync(join(root, 'schema', 'exonet-graph.schema.json'), 'utf8'));
const validate = new Ajv2020({ allErrors: true }).compile(schema);
const errorsOf = (text: string) => (validate(JSON.parse(text)) ? [] : validate.errors?.map((e) => `${e.instancePath} ${e.message}`));

describe('schema/exonet-graph.schema.json', () => {
  it('should list exactly the relations and node types of the code', () => {
    expect(schema.$defs.edge.properties.relation.enum).toEqual(RELATIONS);
    expect(schema.$defs.node.properties.type.enum).toEqual([...NODE_TYPES]);
  });

  it('should accept the JSON export of the embedded review', () => {
    const loaded = loadGraphDataDir();
    if (!loaded.ok) throw new Error('the embedded graph does not load');
    expect(errorsOf(toExonetJson(loaded.graph))).toEqual([]);
  });

  it('should accept the example review as written (ids and signs left out) and as exported', () => {
    const text = readFileSync(join(root, 'graph-data', 'examples', 'lumin-glioma.json'), 'utf8');
    expect(errorsOf(text)).toEqual([]);
    const parsed = parseGraphText(text);
    expect(parsed.ok && errorsOf(toExonetJson(parsed.value))).toEqual([]);
  });

  it('should accept the JSON export of any valid graph', () => {
    fc.assert(fc.property(graphArbitrary(), (graph) => {
      expect(errorsOf(toExonetJson(graph))).toEqual([]);
    }), { numRuns: 150 });
  });

  it('should refuse what the format does not allow', () => {
    const bad = tinyGraph() as unknown as Record<string, any>;
    bad.edges[0].relation = 'tickles';
    bad.nodes[0].type = 'gene';
    bad.edges[1].evidence[0].refs = [0];
    bad.source.sections[1].lines = [[3]];
    expect(errorsOf(JSON.stringify(bad))).toEqual(expect.arrayContaining([
      '/edges/0/relation must be equal to one of the allowed values',
      '/nodes/0/type must be equal to one of the allowed values',
      '/edges/1/evidence/0/refs/0 must be >= 1',
      '/source/sections/1/lines/0 must NOT have fewer than 2 items',
    ]));
  });
});
