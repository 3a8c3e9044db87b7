// `graph stats`: counts by node type and relation, references per section, never-cited references.

import { ofReferenceCount, sectionsOf } from '../../core/model/sections';
import { relationPhrase } from '../../core/words/phrases';
import { computeGraphStats, formatNumberRanges } from '../../core/stats/graphStats';
import { EXIT, GRAPH_OPTION, type Command } from '../command';
import { stringOption } from '../parseArgs';
import { loadGraphForCommand } from '../loadGraph';

function table(io: { out(line: string): void }, title: string, counts: Record<string, number>): void {
  io.out(title);
  const rows = Object.entries(counts).sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  for (const [key, n] of rows) io.out(`  ${key.padEnd(28)} ${String(n).padStart(5)}`);
}

export const statsCommand: Command = {
  name: 'stats',
  usage: 'stats [--graph FILE]',
  summary: 'counts by node type and relation, references per section, references never cited',
  options: GRAPH_OPTION,
  run(args, io) {
    const graph = loadGraphForCommand(stringOption(args, 'graph'), io.err);
    if (!graph) return EXIT.invalid;
    const s = computeGraphStats(graph);
    io.out(`${s.nodes} nodes, ${s.edges} edges, ${s.evidenceItems} evidence items`);
    table(io, 'nodes by type', s.nodesByType);
    table(io, 'edges by relation', Object.fromEntries(Object.entries(s.edgesByRelation).map(([relation, n]) => [relationPhrase(relation).forward, n])));
    io.out('evidence and references by section');
    for (const { slug } of sectionsOf(graph)) {
      const refs = s.refsBySection[slug] ?? [];
      io.out(`  ${slug.padEnd(28)} ${String(s.evidenceBySection[slug] ?? 0).padStart(5)} items, ${String(refs.length).padStart(3)} references`);
    }
    io.out(`references cited: ${s.cited.length}${ofReferenceCount(graph)}`);
    io.out(`references never cited (${s.neverCited.length}): ${s.neverCited.length ? formatNumberRanges(s.neverCited) : 'none'}`);
    return EXIT.ok;
  },
};
