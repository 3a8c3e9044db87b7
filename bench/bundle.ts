// Bundle sizes of the built app (dist/): every JavaScript chunk raw and gzipped, and the
// initial JavaScript, the entry script with its modulepreloads, against its budget.

import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const DIST = join(import.meta.dirname, '..', 'dist');
const BUDGET_KB = 230;
const kb = (bytes: number) => (bytes / 1000).toFixed(1);

export function benchBundle(): void {
  const html = readFileSync(join(DIST, 'index.html'), 'utf8');
  const initial = new Set([...html.matchAll(/(?:src|href)="\/(assets\/[^"]+\.js)"/g)].map((m) => m[1]));
  const chunks = readdirSync(join(DIST, 'assets'))
    .filter((f) => f.endsWith('.js') || f.endsWith('.json'))
    .map((f) => {
      const bytes = readFileSync(join(DIST, 'assets', f));
      return { file: `assets/${f}`, raw: bytes.length, gzip: gzipSync(bytes).length };
    })
    .sort((a, b) => b.gzip - a.gzip);
  console.log('bundle (gzip at zlib default level; * = initial JavaScript: the entry and its modulepreloads):');
  for (const c of chunks) console.log(`  ${initial.has(c.file) ? '*' : ' '} ${c.file.padEnd(44)} ${kb(c.raw).padStart(8)} KB raw ${kb(c.gzip).padStart(7)} KB gzip`);
  const total = chunks.filter((c) => initial.has(c.file)).reduce((sum, c) => sum + c.gzip, 0);
  console.log(`  initial JavaScript ${kb(total)} KB gzip (budget ${BUDGET_KB} KB): ${total <= BUDGET_KB * 1000 ? 'within' : 'OVER'}`);
}
