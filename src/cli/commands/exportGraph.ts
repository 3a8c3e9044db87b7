// `graph export --format json`: the graph to stdout or --out FILE.

import { writeFileSync } from 'node:fs';
import { toExonetJson } from '../../core/export/toExonetJson';
import { EXIT, GRAPH_OPTION, type Command } from '../command';
import { UsageError, stringOption } from '../parseArgs';
import { loadGraph } from '../loadGraph';

const FORMATS = ['json'] as const;

export const exportCommand: Command = {
  name: 'export',
  usage: `export --format ${FORMATS.join('|')} [--out FILE] [--graph FILE]`,
  summary: 'the graph in a file format, to stdout or a file',
  options: { ...GRAPH_OPTION, format: { value: true }, out: { value: true } },
  run(args, io) {
    const format = stringOption(args, 'format') ?? 'json';
    if (!(FORMATS as readonly string[]).includes(format)) {
      throw new UsageError(`unknown format "${format}" (expected ${FORMATS.join(', ')})`);
    }
    if (args.positional.length) throw new UsageError(`export takes no words, got "${args.positional.join(' ')}"`);
    const loaded = loadGraph(stringOption(args, 'graph'));
    if (!loaded.ok) {
      for (const p of loaded.problems) io.err(`${p.where}: ${p.message}`);
      return EXIT.invalid;
    }
    const text = toExonetJson(loaded.graph);
    const out = stringOption(args, 'out');
    if (out === undefined) {
      io.out(text.trimEnd());
      return EXIT.ok;
    }
    try {
      writeFileSync(out, text);
    } catch (error) {
      io.err(`cannot write ${out}: ${error instanceof Error ? error.message : String(error)}`);
      return EXIT.invalid;
    }
    io.err(`wrote ${out}`);
    return EXIT.ok;
  },
};
