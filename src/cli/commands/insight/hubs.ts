// `graph hubs`: the key mediators of exosomal protein → hallmark routes, by betweenness over
// causal steps with the proteins as sources and the hallmarks as targets.

import { keyMediators } from '../../../core/insight/keyMediators';
import { EXIT, GRAPH_OPTION, type Command } from '../../command';
import { loadGraphForCommand } from '../../loadGraph';
import { UsageError, intOption, stringOption } from '../../parseArgs';
import { labelOf } from './insightArgs';

const DEFAULT_TOP = 10;
const MAX_TOP = 10_000;

export const hubsCommand: Command = {
  name: 'hubs',
  usage: 'hubs [--top N] [--json] [--graph FILE]',
  summary: 'key mediators: the nodes that most protein → hallmark shortest causal paths pass through',
  options: { ...GRAPH_OPTION, top: { value: true }, json: { value: false } },
  run(args, io) {
    if (args.positional.length) throw new UsageError(`hubs takes no names, got "${args.positional[0]}"`);
    const top = intOption(args, 'top', 1, MAX_TOP) ?? DEFAULT_TOP;
    const graph = loadGraphForCommand(stringOption(args, 'graph'), io.err);
    if (!graph) return EXIT.invalid;
    const nodes = keyMediators(graph, { top });
    if (args.options.has('json')) {
      io.out(JSON.stringify({ nodes }, null, 2));
      return EXIT.ok;
    }
    const label = labelOf(graph);
    if (!nodes.length) io.out('no node lies between an exosomal protein and a hallmark on a shortest causal path');
    nodes.forEach((n, i) => io.out(`${String(i + 1).padStart(3)}. ${n.score.toFixed(2).padStart(9)}  ${label(n.id)} (${n.id})`));
    return EXIT.ok;
  },
};
