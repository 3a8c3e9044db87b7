// CSL-JSON reference lists (as Zotero, Mendeley or doi.org content negotiation write them):
// a list of items, numbered by "citation-number" or else by their order.

import type { Problem, ReferenceEntry, Result } from '../model/types';
import { isRecord } from '../model/validateEvidence';
import { cleanDoi, composeEntry, yearIn } from './composeEntry';

const text = (v: unknown) => (typeof v === 'string' ? v : typeof v === 'number' ? String(v) : undefined);

function issuedYear(issued: unknown): number | undefined {
  if (!isRecord(issued)) return undefined;
  const parts = issued['date-parts'];
  if (Array.isArray(parts) && Array.isArray(parts[0]) && Number.isInteger(Number(parts[0][0]))) return Number(parts[0][0]);
  return yearIn(text(issued.raw) ?? text(issued.literal));
}

export function parseCslJson(source: string): Result<ReferenceEntry[]> {
  let value: unknown;
  try {
    value = JSON.parse(source);
  } catch (error) {
    return { ok: false, problems: [{ where: 'file', message: `not valid CSL-JSON: ${error instanceof Error ? error.message : String(error)}` }] };
  }
  const items = Array.isArray(value) ? value : isRecord(value) && Array.isArray(value.items) ? value.items : null;
  if (!items) return { ok: false, problems: [{ where: 'file', message: 'CSL-JSON must be a list of items' }] };
  const problems: Problem[] = [];
  const entries = items.flatMap((item, i): ReferenceEntry[] => {
    if (!isRecord(item)) {
      problems.push({ where: `item ${i + 1}`, message: 'an item must be an object' });
      return [];
    }
    const number = Number(item['citation-number'] ?? i + 1);
    if (!Number.isInteger(number) || number < 1) {
      problems.push({ where: `item ${i + 1}`, message: `citation-number ${String(item['citation-number'])} is not a whole number of 1 or more` });
      return [];
    }
    const authors = (Array.isArray(item.author) ? item.author : []).filter(isRecord).map((a) => ({
      family: text(a.family) ?? text(a.literal) ?? '',
      given: text(a.given),
    })).filter((a) => a.family);
    return [composeEntry(number, {
      authors,
      title: text(item.title),
      container: text(item['container-title-short']) ?? text(item['container-title']),
      year: issuedYear(item.issued),
      volume: text(item.volume),
      pages: text(item.page),
      doi: cleanDoi(text(item.DOI)),
    })];
  });
  return problems.length ? { ok: false, problems } : { ok: true, value: entries };
}
