// `graph validate`: checks the data and prints counts, or every problem, one per line.

import { ofReferenceCount } from '../../core/model/sections';
import { computeGraphStats } from '../../core/stats/graphStats';
import { EXIT, GRAPH_OPTION, type Command } from '../command';
import { stringOption } from '../parseArgs';
import { loadGraphDataDir, loadGraphFile } from '../loadGraph';

export const validateCommand: Command = {
  name: 'validate',
  usage: 'validate [--graph FILE]',
  summary: 'check the graph data; print counts, or every problem',
  options: GRAPH_OPTION,
  run(args, io) {
    // The embedded review is compiled and checked afresh from graph-data/, never read from the build.
    const file = stringOption(args, 'graph');
    const loaded = file === undefined ? loadGraphDataDir() : loadGraphFile(file);
    if (!loaded.ok) {
      for (const p of loaded.problems) io.err(`${p.where}: ${p.message}`);
      io.err(`invalid: ${loaded.problems.length} problem${loaded.problems.length === 1 ? '' : 's'}`);
      return EXIT.invalid;
    }
    for (const note of loaded.notes ?? []) io.err(`note: ${note}`);
    const s = computeGraphStats(loaded.graph);
    io.out(`valid: ${s.nodes} nodes, ${s.edges} edges, ${s.evidenceItems} evidence items, ${s.cited.length}${ofReferenceCount(loaded.graph)} references cited`);
    return EXIT.ok;
  },
};
