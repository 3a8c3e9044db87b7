// `graph references FILE`: attaches a reference list (numbered text as copied from the
// article page, CSL-JSON, RIS or BibTeX) to the graph; the graph with the list goes to
// --out OUT.json, or to stdout.

import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { toExonetJson } from '../../core/export/toExonetJson';
import { attachReferences } from '../../core/references/attachReferences';
import { MAX_REFERENCE_LIST_BYTES, detectReferenceFormat, parseReferenceList } from '../../core/references/parseReferenceList';
import { shortCitation } from '../../core/references/shortCitation';
import { EXIT, GRAPH_OPTION, type Command } from '../command';
import { loadGraphForCommand } from '../loadGraph';
import { UsageError, stringOption } from '../parseArgs';

function readList(path: string): string {
  if (!existsSync(path)) throw new UsageError(`no such file ${path}`);
  const stats = statSync(path);
  if (!stats.isFile()) throw new UsageError(`${path} is not a file`);
  if (stats.size > MAX_REFERENCE_LIST_BYTES) throw new UsageError(`${path} is larger than ${MAX_REFERENCE_LIST_BYTES / 1024 / 1024} MB`);
  return readFileSync(path, 'utf8');
}

export const referencesCommand: Command = {
  name: 'references',
  usage: 'references FILE [--out OUT.json] [--graph IN.json]',
  summary: 'attach a reference list (numbered text, CSL-JSON, RIS or BibTeX) to the graph',
  options: { ...GRAPH_OPTION, out: { value: true } },
  run(args, io) {
    if (args.positional.length !== 1) throw new UsageError(`references needs one FILE with the reference list, got ${args.positional.length}`);
    const path = args.positional[0];
    const text = readList(path);
    const graph = loadGraphForCommand(stringOption(args, 'graph'), io.err);
    if (!graph) return EXIT.invalid;
    const parsed = parseReferenceList(text);
    const attached = parsed.ok ? attachReferences(graph, parsed.value) : parsed;
    if (!attached.ok) {
      for (const p of attached.problems) io.err(`${path}: ${p.where}: ${p.message}`);
      return EXIT.invalid;
    }
    const entries = attached.value.references ?? [];
    const named = entries.filter((e) => shortCitation(e)).length;
    const summary = `${entries.length} references (${detectReferenceFormat(text)}), ${named} with author and year`;
    const out = stringOption(args, 'out');
    const json = toExonetJson(attached.value);
    if (out === undefined) {
      io.out(json.slice(0, -1));
      io.err(`attached ${summary}`);
      return EXIT.ok;
    }
    try {
      writeFileSync(out, json);
    } catch (error) {
      io.err(`cannot write ${out}: ${error instanceof Error ? error.message : String(error)}`);
      return EXIT.invalid;
    }
    io.err(`wrote ${out}: the graph with ${summary}`);
    return EXIT.ok;
  },
};
