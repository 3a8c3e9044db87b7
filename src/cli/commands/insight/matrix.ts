// `graph matrix`: exosomal proteins × hallmarks, each pair joined by a causal path with its
// fewest hops and the net sign of its shortest paths.

import { causalMatrix } from '../../../core/insight/causalMatrix';
import { createPathIndex } from '../../../core/paths/findPaths';
import { EXIT, type Command } from '../../command';
import { loadGraphForCommand } from '../../loadGraph';
import { UsageError, stringOption } from '../../parseArgs';
import { INSIGHT_OPTIONS, SIGN_SYMBOL, labelOf, maxHopsOption, plural } from './insightArgs';

export const matrixCommand: Command = {
  name: 'matrix',
  usage: 'matrix [--max-hops H] [--json] [--graph FILE]',
  summary: 'exosomal proteins × hallmarks: fewest causal hops and net sign of each pair joined by a path',
  options: INSIGHT_OPTIONS,
  run(args, io) {
    if (args.positional.length) throw new UsageError(`matrix takes no names, got "${args.positional[0]}"`);
    const maxHops = maxHopsOption(args);
    const graph = loadGraphForCommand(stringOption(args, 'graph'), io.err);
    if (!graph) return EXIT.invalid;
    const matrix = causalMatrix(createPathIndex(graph), { maxHops });
    if (args.options.has('json')) {
      io.out(JSON.stringify(matrix, null, 2));
      return EXIT.ok;
    }
    const label = labelOf(graph);
    const reached = new Set(matrix.cells.map((c) => c.row));
    io.out(`${plural(matrix.rows.length, 'exosomal protein')} × ${plural(matrix.columns.length, 'hallmark')}: ${plural(matrix.cells.length, 'pair')} joined by a causal path within ${maxHops} hops, from ${plural(reached.size, 'protein')}`);
    io.out('(+ every shortest path promotes, − every one suppresses, ± they differ; the number is the fewest hops)');
    for (const row of matrix.rows) {
      const cells = matrix.cells.filter((c) => c.row === row);
      if (!cells.length) continue;
      io.out(`${label(row)} (${row}): ${cells.map((c) => `${label(c.column)} ${SIGN_SYMBOL[c.sign]}${c.hops}`).join(', ')}`);
    }
    const unreached = matrix.rows.filter((r) => !reached.has(r));
    if (unreached.length) io.out(`no causal path to any hallmark: ${unreached.map(label).join(', ')}`);
    return EXIT.ok;
  },
};
