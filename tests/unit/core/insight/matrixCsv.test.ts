import { describe, expect, it } from 'vitest';
import { causalMatrix } from '../../../../src/core/insight/causalMatrix';
import { matrixToCsv } from '../../../../src/core/insight/matrixCsv';
import type { ExonetGraph } from '../../../../src/core/model/types';
import { parseCsv } from '../export/parseCsv';

const graph: ExonetGraph = {
  format: 'exonet-graph', version: 1, source: { title: 't', authors: [] },
  nodes: [
    { id: 'p', label: '=cmd, "quoted"', type: 'protein', exosomal: true },
    { id: 'q', label: 'Q', type: 'protein', exosomal: true },
    { id: 'c', label: 'c', type: 'cell' },
    { id: 'h', label: 'hallmark, one', type: 'hallmark' },
    { id: 'k', label: 'K', type: 'hallmark' },
  ],
  edges: [
    { id: 'e1', source: 'p', target: 'c', relation: 'inhibits', sign: -1, evidence: [{ refs: [1], section: 'immune', claim: 'x' }] },
    { id: 'e2', source: 'c', target: 'h', relation: 'promotes', sign: 1, evidence: [{ refs: [2], section: 'immune', claim: 'y' }] },
  ],
};

describe('core/insight/matrixCsv', () => {
  it('should write a row per protein and a column per hallmark, a cell as its sign in words and its steps', () => {
    const rows = parseCsv(matrixToCsv(graph, causalMatrix(graph)));
    expect(rows).toEqual([
      ['protein_id', 'protein', 'hallmarks_reached', 'hallmark, one', 'K'],
      ['p', `'=cmd, "quoted"`, '1', 'suppresses 2', ''],
      ['q', 'Q', '0', '', ''],
    ]);
  });
});
