// `graph search TEXT`: the matching nodes, best first.

import { EXIT, GRAPH_OPTION, type Command } from '../command';
import { UsageError, intOption, stringOption } from '../parseArgs';
import { loadGraphForCommand } from '../loadGraph';
import { nameIndexOf } from '../resolveName';

export const searchCommand: Command = {
  name: 'search',
  usage: 'search TEXT [--limit N] [--graph FILE]',
  summary: 'the nodes whose id, label or alias matches TEXT, best first',
  options: { ...GRAPH_OPTION, limit: { value: true } },
  run(args, io) {
    const text = args.positional.join(' ').trim();
    if (!text) throw new UsageError('search needs a TEXT to look for');
    const limit = intOption(args, 'limit', 1, 1000) ?? 20;
    const graph = loadGraphForCommand(stringOption(args, 'graph'), io.err);
    if (!graph) return EXIT.invalid;
    const matches = nameIndexOf(graph).search(text, limit);
    if (!matches.length) {
      io.err(`no node matches "${text}"`);
      return EXIT.invalid;
    }
    for (const m of matches) {
      const via = m.matched === m.node.label || m.matched === m.node.id ? '' : `  (as "${m.matched}")`;
      io.out(`${m.node.id.padEnd(28)} ${m.node.type.padEnd(10)} ${m.node.label}${via}`);
    }
    return EXIT.ok;
  },
};
