// The edges as CSV (RFC 4180), one row per edge with its citations, for spreadsheets and
// scripts. A field with a comma, a quote or a line break is quoted, quotes doubled, lines
// end with CRLF. A text cell that a spreadsheet would run as a formula (it starts with
// = + - @, a tab or a carriage return) gets a leading single quote; the numeric sign
// column is left as it is. Returns a string.

import type { ExonetGraph } from '../model/types';
import { summarizeEvidence } from './summarizeEvidence';

export const EDGE_CSV_HEADER = ['source', 'target', 'source_label', 'target_label', 'relation', 'sign', 'refs', 'sections', 'claim', 'cancers', 'hedged_items', 'hedges'] as const;

const LIST_SEPARATOR = ';';
const CLAIM_SEPARATOR = ' | ';

/** A text cell that cannot start a spreadsheet formula. */
export function defuseFormula(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

/** One field as RFC 4180 writes it. */
export function csvField(text: string): string {
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function toEdgeCsv(graph: ExonetGraph): string {
  const labels = new Map(graph.nodes.map((n) => [n.id, n.label]));
  const rows = graph.edges.map((edge) => {
    const summary = summarizeEvidence(edge.evidence);
    const texts = [
      edge.source,
      edge.target,
      labels.get(edge.source) ?? '',
      labels.get(edge.target) ?? '',
      edge.relation,
    ].map(defuseFormula);
    const cited = [
      summary.refs.join(LIST_SEPARATOR),
      summary.sections.join(LIST_SEPARATOR),
      summary.claims.join(CLAIM_SEPARATOR),
      summary.cancers.join(LIST_SEPARATOR),
    ].map(defuseFormula);
    return [...texts, String(edge.sign), ...cited, String(summary.hedgedItems), defuseFormula(summary.hedges.join(LIST_SEPARATOR))];
  });
  return [[...EDGE_CSV_HEADER], ...rows].map((row) => `${row.map(csvField).join(',')}\r\n`).join('');
}
