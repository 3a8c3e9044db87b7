// `graph audit`: the curation audit of a graph against its source text: evidence placed in
// its section, anchored near a mention of its nodes, claims that copy seven words of the
// text, and citation sentences that no evidence item is anchored to.

import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { auditGraph, type AuditCount, type AuditReport } from '../../core/audit/auditGraph';
import { locateText } from '../../core/audit/locateText';
import { sectionsOf } from '../../core/model/sections';
import { EXIT, GRAPH_OPTION, type Command, type Output } from '../command';
import { GRAPH_DATA_DIR, loadGraphForCommand } from '../loadGraph';
import { UsageError, stringOption } from '../parseArgs';

const MAX_TEXT_BYTES = 20 * 1024 * 1024;

/** ../shared/review/review.txt beside the repository (or the working directory), when it exists. */
function defaultTextPath(): string | undefined {
  return [join(GRAPH_DATA_DIR, '..', '..', 'shared', 'review', 'review.txt'), join('..', 'shared', 'review', 'review.txt')].find((p) => existsSync(p));
}

function readText(path: string): string {
  if (!existsSync(path)) throw new UsageError(`--text: no such file ${path}`);
  const stats = statSync(path);
  if (!stats.isFile()) throw new UsageError(`--text: ${path} is not a file`);
  if (stats.size > MAX_TEXT_BYTES) throw new UsageError(`--text: ${path} is larger than ${MAX_TEXT_BYTES / 1024 / 1024} MB`);
  return readFileSync(path, 'utf8');
}

function printCount(io: Output, title: string, c: AuditCount): void {
  io.out(`${title}: ${c.ok} of ${c.total}`);
  for (const item of c.items) io.out(`  ${item}`);
}

function printReport(io: Output, report: AuditReport): void {
  printCount(io, 'placed (every reference cited in the section)', report.placed);
  printCount(io, 'anchored (a citing sentence of the section mentions the source or target)', report.anchored);
  io.out(`copied runs (seven words of the text in a claim or description): ${report.copiedRuns.length}`);
  for (const c of report.copiedRuns) io.out(`  ${c.item}: "${c.run}"`);
  io.out(`uncovered citation sentences (no evidence item anchored to them): ${report.uncovered.length}`);
  for (const u of report.uncovered) io.out(`  ${u.section} line ${u.line} [${u.refs.join(', ')}]`);
}

export const auditCommand: Command = {
  name: 'audit',
  usage: 'audit [--text REVIEW.txt] [--json] [--graph FILE]',
  summary: 'evidence placed, anchored and in our own words against the source text; citation sentences not covered',
  options: { ...GRAPH_OPTION, text: { value: true }, json: { value: false } },
  run(args, io) {
    if (args.positional.length) throw new UsageError(`audit takes no words, got "${args.positional.join(' ')}"`);
    const textPath = stringOption(args, 'text') ?? defaultTextPath();
    if (textPath === undefined) throw new UsageError('no review text found at ../shared/review/review.txt; give the source text with --text FILE');
    const text = readText(textPath);
    const graph = loadGraphForCommand(stringOption(args, 'graph'), io.err);
    if (!graph) return EXIT.invalid;
    const located = locateText(text, sectionsOf(graph));
    if (!located.ok) {
      for (const p of located.problems) io.err(`${p.where}: ${p.message}`);
      return EXIT.invalid;
    }
    const report = auditGraph(graph, located.value);
    if (args.options.has('json')) io.out(JSON.stringify(report, null, 2));
    else printReport(io, report);
    return EXIT.ok;
  },
};
