// `graph contradictions`: exosomal protein → hallmark pairs with both a promoting and a
// suppressing causal path, each side's best path with its references.

import { findContradictions } from '../../../core/insight/contradictions';
import { createPathIndex } from '../../../core/paths/findPaths';
import { pathToText } from '../../../core/paths/formatPath';
import type { PathResult } from '../../../core/paths/pathTypes';
import { EXIT, type Command } from '../../command';
import { loadGraphForCommand } from '../../loadGraph';
import { UsageError, stringOption } from '../../parseArgs';
import { pathJson } from '../../pathJson';
import { INSIGHT_OPTIONS, labelOf, maxHopsOption, plural } from './insightArgs';

export const contradictionsCommand: Command = {
  name: 'contradictions',
  usage: 'contradictions [--max-hops H] [--json] [--graph FILE]',
  summary: 'protein → hallmark pairs with both a promoting and a suppressing causal path, best of each',
  options: INSIGHT_OPTIONS,
  run(args, io) {
    if (args.positional.length) throw new UsageError(`contradictions takes no names, got "${args.positional[0]}"`);
    const maxHops = maxHopsOption(args);
    const graph = loadGraphForCommand(stringOption(args, 'graph'), io.err);
    if (!graph) return EXIT.invalid;
    const index = createPathIndex(graph);
    const pairs = findContradictions(index, { maxHops });
    if (args.options.has('json')) {
      const json = { pairs: pairs.map((p) => ({ from: p.from, to: p.to, promotes: pathJson(graph, p.promotes), suppresses: pathJson(graph, p.suppresses) })) };
      io.out(JSON.stringify(json, null, 2));
      return EXIT.ok;
    }
    const label = labelOf(graph);
    const side = (word: string, p: PathResult) =>
      `  ${word} (${plural(p.hops, 'hop')}; ${p.refs.length ? `refs ${p.refs.join(', ')}` : 'no refs'}): ${pathToText(index, p)}`;
    io.out(`${plural(pairs.length, 'protein → hallmark pair')} with both a promoting and a suppressing causal path within ${maxHops} hops`);
    for (const p of pairs) {
      io.out('');
      io.out(`${label(p.from)} → ${label(p.to)}`);
      io.out(side('promotes', p.promotes));
      io.out(side('suppresses', p.suppresses));
    }
    return EXIT.ok;
  },
};
