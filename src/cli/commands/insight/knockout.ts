// `graph knockout NAME[,NAME…]`: which exosomal protein → hallmark pairs lose every causal
// path when the named nodes are taken out. A name ending in "*" names a family: every node
// one of whose names (or a word of it) begins with the word ("integrin*").

import { familyMembers } from '../../../core/insight/nodeFamily';
import { knockOut } from '../../../core/insight/knockout';
import type { ExonetGraph } from '../../../core/model/types';
import { createPathIndex } from '../../../core/paths/findPaths';
import { EXIT, type Command } from '../../command';
import { loadGraphForCommand } from '../../loadGraph';
import { UsageError, stringOption } from '../../parseArgs';
import { nameIndexOf, resolveNodeOrThrow } from '../../resolveName';
import { INSIGHT_OPTIONS, labelOf, maxHopsOption, plural } from './insightArgs';

/** The node ids that the comma-separated names stand for. */
export function resolveKnockoutNames(graph: ExonetGraph, names: string[]): string[] {
  const index = nameIndexOf(graph);
  const ids = new Set<string>();
  for (const name of names) {
    if (name.endsWith('*')) {
      const members = familyMembers(graph, name.slice(0, -1));
      if (!members.length) throw new UsageError(`no node belongs to the family "${name}" (a family word needs at least 3 letters)`);
      for (const m of members) ids.add(m.id);
    } else {
      ids.add(resolveNodeOrThrow(index, name).id);
    }
  }
  return [...ids];
}

export const knockoutCommand: Command = {
  name: 'knockout',
  usage: 'knockout NAME[,NAME…] [--max-hops H] [--json] [--graph FILE]',
  summary: 'protein → hallmark pairs that lose every causal path without the named nodes (NAME* for a family)',
  options: INSIGHT_OPTIONS,
  run(args, io) {
    const names = args.positional.join(' ').split(',').map((s) => s.trim()).filter(Boolean);
    if (!names.length) throw new UsageError('knockout needs one or more names, separated by commas');
    const maxHops = maxHopsOption(args);
    const graph = loadGraphForCommand(stringOption(args, 'graph'), io.err);
    if (!graph) return EXIT.invalid;
    const result = knockOut(createPathIndex(graph), resolveKnockoutNames(graph, names), { maxHops });
    if (args.options.has('json')) {
      io.out(JSON.stringify({ removed: result.removed, lost: result.lost, kept: result.kept }, null, 2));
      return EXIT.ok;
    }
    const label = labelOf(graph);
    const had = result.lost.length + result.kept;
    io.out(`Without ${result.removed.map((id) => `${label(id)} (${id})`).join(', ')}: ${result.lost.length} of ${plural(had, 'protein → hallmark pair')} with a causal path within ${maxHops} hops lose every path; ${result.kept} keep one.`);
    for (const p of result.lost) io.out(`  lost: ${label(p.from)} → ${label(p.to)}`);
    return EXIT.ok;
  },
};
