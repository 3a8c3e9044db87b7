// RIS reference lists: records from "TY  -" to "ER  -", numbered in their order.

import type { Problem, ReferenceEntry, Result } from '../model/types';
import { cleanDoi, composeEntry, splitName, yearIn } from './composeEntry';

const TAG = /^([A-Z][A-Z0-9]) {2}-(?: (.*))?$/;

export function parseRis(source: string): Result<ReferenceEntry[]> {
  const problems: Problem[] = [];
  const records: Array<Map<string, string[]>> = [];
  let current: Map<string, string[]> | null = null;
  let lastTag = '';
  source.split(/\r?\n/).forEach((raw, i) => {
    const line = raw.replace(/^\uFEFF/, '');
    if (!line.trim()) return;
    const m = TAG.exec(line);
    if (!m) {
      if (current && lastTag) {
        const values = current.get(lastTag)!;
        values[values.length - 1] += ` ${line.trim()}`;
      } else {
        problems.push({ where: `line ${i + 1}`, message: `expected a RIS line "XX  - value", got "${line.slice(0, 40)}"` });
      }
      return;
    }
    const [, tag, value = ''] = m;
    if (tag === 'TY') {
      if (current) problems.push({ where: `line ${i + 1}`, message: 'a new record starts (TY) before the last one ended (ER)' });
      current = new Map();
    } else if (tag === 'ER') {
      if (!current) problems.push({ where: `line ${i + 1}`, message: 'ER without a record (TY) before it' });
      else records.push(current);
      current = null;
      return;
    } else if (!current) {
      problems.push({ where: `line ${i + 1}`, message: `${tag} outside a record: a record starts with "TY  -"` });
      return;
    }
    lastTag = tag;
    const list = current!.get(tag) ?? [];
    list.push(value.trim());
    current!.set(tag, list);
  });
  if (current) problems.push({ where: 'end of file', message: 'the last record has no "ER  -" line' });
  if (problems.length) return { ok: false, problems };
  const entries = records.map((r, i) => {
    const first = (...tags: string[]) => tags.map((t) => r.get(t)?.[0]).find((v) => v);
    const sp = first('SP');
    const ep = first('EP');
    return composeEntry(i + 1, {
      authors: [...(r.get('AU') ?? []), ...(r.get('A1') ?? [])].map(splitName),
      title: first('TI', 'T1'),
      container: first('J2', 'JA', 'JO', 'T2', 'JF'),
      year: yearIn(first('PY', 'Y1', 'DA')),
      volume: first('VL'),
      pages: sp ? (ep ? `${sp}–${ep}` : sp) : undefined,
      doi: cleanDoi(first('DO')),
    });
  });
  return { ok: true, value: entries };
}
