// Generates graph-data/section-refs.json: for each section slug, the reference numbers
// its text cites, read from the review text. The tests check every evidence item against
// it without reading ../shared at run time.
// Usage: npx tsx scripts/section-refs.ts [path/to/review.txt]

import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { GRAPH_DATA_DIR } from '../src/cli/loadGraph';
import { citedNumbers } from '../src/core/stats/citedNumbers';

/**
 * Line ranges (1-based, inclusive) of each section. Captions and tables sit inside the
 * running text; the ranges here end where the caption or table itself ends (the PDF
 * extraction resumes the running text right after, e.g. line 435 after Fig. 2).
 */
const RANGES: Array<{ slug: string; from: number; to: number }> = [
  { slug: 'abstract', from: 1, to: 13 },
  { slug: 'introduction', from: 14, to: 66 },
  { slug: 'structure-and-content', from: 67, to: 154 },
  { slug: 'biogenesis', from: 155, to: 210 },
  { slug: 'secretion-and-uptake', from: 211, to: 276 },
  { slug: 'fig1', from: 277, to: 283 },
  { slug: 'secretion-and-uptake', from: 284, to: 322 },
  { slug: 'signal-molecules', from: 323, to: 394 },
  { slug: 'cancer-progression', from: 395, to: 429 },
  { slug: 'fig2', from: 430, to: 434 },
  { slug: 'cancer-progression', from: 435, to: 522 },
  { slug: 'angiogenesis', from: 523, to: 637 },
  { slug: 'cell-death-and-proliferation', from: 638, to: 776 },
  { slug: 'immune', from: 777, to: 899 },
  { slug: 'metastasis', from: 900, to: 1025 },
  { slug: 'therapy', from: 1026, to: 1066 },
  { slug: 'table1', from: 1067, to: 1088 },
  { slug: 'therapy', from: 1089, to: 1132 },
  { slug: 'table2', from: 1133, to: 1191 },
  { slug: 'therapy', from: 1192, to: 1224 },
  { slug: 'conclusions', from: 1225, to: 100000 },
];

const reviewPath = process.argv[2] ?? join(GRAPH_DATA_DIR, '..', '..', 'shared', 'review', 'review.txt');
const lines = readFileSync(reviewPath, 'utf8').split('\n');
const bySection: Record<string, Set<number>> = {};
for (const { slug, from, to } of RANGES) {
  const text = lines.slice(from - 1, Math.min(to, lines.length)).join('\n');
  const set = (bySection[slug] ??= new Set());
  for (const n of citedNumbers(text)) set.add(n);
}
const out = Object.fromEntries(Object.entries(bySection).map(([slug, set]) => [slug, [...set].sort((a, b) => a - b)]));
writeFileSync(join(GRAPH_DATA_DIR, 'section-refs.json'), `${JSON.stringify(out, null, 0).replace(/\],"/g, '],\n"')}\n`);
const all = new Set(Object.values(out).flat());
console.log(`section-refs: ${Object.keys(out).length} sections, ${all.size} distinct references -> graph-data/section-refs.json`);
