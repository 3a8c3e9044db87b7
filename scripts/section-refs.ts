// Generates graph-data/section-refs.json: for each section slug, the reference numbers
// its text cites, read from the review text by the section line spans of
// graph-data/meta.json (source.sections[].lines; a section resumes after a figure caption
// or a table). The audit's own location fixture is scripts/review-locations.ts.
// Usage: npx tsx scripts/section-refs.ts [path/to/review.txt]

import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { locateText } from '../src/core/audit/locateText';
import type { SourceSection } from '../src/core/model/types';
import { GRAPH_DATA_DIR } from '../src/cli/loadGraph';

const reviewPath = process.argv[2] ?? join(GRAPH_DATA_DIR, '..', '..', 'shared', 'review', 'review.txt');
const meta = JSON.parse(readFileSync(join(GRAPH_DATA_DIR, 'meta.json'), 'utf8')) as { source: { sections: SourceSection[] } };
const located = locateText(readFileSync(reviewPath, 'utf8'), meta.source.sections);
if (!located.ok) throw new Error(located.problems.map((p) => `${p.where}: ${p.message}`).join('\n'));
const out = located.value.sectionRefs;
writeFileSync(join(GRAPH_DATA_DIR, 'section-refs.json'), `${JSON.stringify(out, null, 0).replace(/\],"/g, '],\n"')}\n`);
const all = new Set(Object.values(out).flat());
console.log(`section-refs: ${Object.keys(out).length} sections, ${all.size} distinct references -> graph-data/section-refs.json`);
