// Named, memoised selectors of the insight views: the graph they work on (the review graph
// narrowed by the cancer and section filters, as the canvas is), and the matrix, knock-out,
// contradictions and key mediators computed from it. Imported only by the insight views,
// which load on demand, so the initial bundle carries none of this.

import { applyFilters, subgraphOf } from '../core/filter/applyFilters';
import { causalMatrix } from '../core/insight/causalMatrix';
import { findContradictions } from '../core/insight/contradictions';
import { matrixColumns } from '../core/insight/endpoints';
import type { Contradiction, InsightMatrix, KnockoutResult, Mediator } from '../core/insight/insightTypes';
import { keyMediators } from '../core/insight/keyMediators';
import { knockOut } from '../core/insight/knockout';
import type { ExonetGraph } from '../core/model/types';
import type { AppState } from './store';

/** Caches the last result, recomputing when any argument changes identity. */
function lastOf<A extends unknown[], R>(fn: (...args: A) => R): (...args: A) => R {
  let last: { args: A; result: R } | null = null;
  return (...args) => {
    if (last && last.args.length === args.length && last.args.every((a, i) => a === args[i])) return last.result;
    const result = fn(...args);
    last = { args, result };
    return result;
  };
}

const EMPTY: readonly string[] = [];

const insightGraphOf = lastOf((graph: ExonetGraph, cancers: readonly string[], sections: readonly string[]): ExonetGraph => {
  if (!cancers.length && !sections.length) return graph;
  return subgraphOf(graph, applyFilters(graph, { cancers: [...cancers], sections: [...sections] }));
});

/** The graph of the insight views: the cancer and section filters applied, nothing else. */
export const selectInsightGraph = (s: AppState): ExonetGraph => insightGraphOf(s.graph, s.criteria.cancers ?? EMPTY, s.criteria.sections ?? EMPTY);

const knockoutOf = lastOf((graph: ExonetGraph, full: ExonetGraph, removed: readonly string[], maxHops: number): KnockoutResult => {
  const result = knockOut(graph, removed, { maxHops });
  // Every hallmark stays a column whatever the filters and knock-outs, so that views can be
  // compared side by side; a knocked-out hallmark's column is empty after.
  const columns = matrixColumns(full);
  return { ...result, before: { ...result.before, columns }, after: { ...result.after, columns } };
});

/** The knock-out of the chosen nodes (none: before and after are the same matrix). */
export const selectKnockout = (s: AppState): KnockoutResult => knockoutOf(selectInsightGraph(s), s.graph, s.insight.knockout, s.insight.maxHops);

const matrixOf = lastOf((graph: ExonetGraph, full: ExonetGraph, maxHops: number): InsightMatrix => ({ ...causalMatrix(graph, { maxHops }), columns: matrixColumns(full) }));

/** The protein × hallmark matrix of the insight graph, every hallmark a column. */
export const selectMatrix = (s: AppState): InsightMatrix => matrixOf(selectInsightGraph(s), s.graph, s.insight.maxHops);

const contradictionsOf = lastOf((graph: ExonetGraph, maxHops: number): Contradiction[] => findContradictions(graph, { maxHops }));

export const selectContradictions = (s: AppState): Contradiction[] => contradictionsOf(selectInsightGraph(s), s.insight.maxHops);

const mediatorsOf = lastOf((graph: ExonetGraph): Mediator[] => keyMediators(graph));

export const selectMediators = (s: AppState): Mediator[] => mediatorsOf(selectInsightGraph(s));
