// What the insight commands (matrix, knockout, contradictions, hubs) share: the --max-hops
// option, loading the graph, labels, and the words for a cell's net sign.

import type { ExonetGraph, Sign } from '../../../core/model/types';
import { DEFAULT_INSIGHT_HOPS, INSIGHT_HOPS_LIMITS } from '../../../core/insight/insightTypes';
import { GRAPH_OPTION, type Command } from '../../command';
import { intOption, type OptionSpec } from '../../parseArgs';

export const INSIGHT_OPTIONS: Record<string, OptionSpec> = { ...GRAPH_OPTION, 'max-hops': { value: true }, json: { value: false } };

export function maxHopsOption(args: Parameters<Command['run']>[0]): number {
  return intOption(args, 'max-hops', INSIGHT_HOPS_LIMITS.min, INSIGHT_HOPS_LIMITS.max) ?? DEFAULT_INSIGHT_HOPS;
}

export function labelOf(graph: ExonetGraph): (id: string) => string {
  const labels = new Map(graph.nodes.map((n) => [n.id, n.label]));
  return (id) => labels.get(id) ?? id;
}

/** The symbol of a net sign in text output: promotes, suppresses, both or mixed. */
export const SIGN_SYMBOL: Readonly<Record<Sign, string>> = { 1: '+', [-1]: '−', 0: '±' } as Record<Sign, string>;
export const SIGN_NAME: Readonly<Record<Sign, string>> = { 1: 'promotes', [-1]: 'suppresses', 0: 'mixed' } as Record<Sign, string>;

export const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;
