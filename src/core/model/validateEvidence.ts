// Checks of one evidence item: refs within the source's range, one of the source's
// sections, a claim, and a context made of string lists.

import { SLUG_PATTERN, describeReferenceRange, isReferenceNumber, type ReferenceRange } from './sections';
import type { Problem } from './types';
import { CERTAINTIES } from './vocabulary';

/** What evidence may cite and name: the graph's own reference range and sections (any
 * section when the graph declares none). */
export interface EvidenceScope {
  refs: ReferenceRange;
  sections: ReadonlySet<string> | null;
}

export const OPEN_SCOPE: EvidenceScope = { refs: { max: null }, sections: null };

const CERTAINTY_SET: ReadonlySet<unknown> = new Set(CERTAINTIES);

const CONTEXT_KEYS = new Set(['cancer', 'cells', 'cellLines', 'conditions', 'model']);

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A value as a problem message shows it: short, and safe for any value (JSON.stringify
 * overflows the stack on deeply nested input and repeats megabyte-long texts). */
export function showValue(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value.length > 60 ? `${value.slice(0, 60)}…` : value);
  if (typeof value === 'number' || typeof value === 'boolean' || value === null || value === undefined) return String(value);
  if (Array.isArray(value)) return 'a list';
  return typeof value === 'object' ? 'an object' : `a ${typeof value}`;
}

/** Where a problem is, built only when there is one (most items have none). */
export type Where = () => string;

export function validateEvidenceItem(item: unknown, where: Where, problems: Problem[], scope: EvidenceScope = OPEN_SCOPE): void {
  if (!isRecord(item)) {
    problems.push({ where: where(), message: 'evidence item must be an object' });
    return;
  }
  if (!Array.isArray(item.refs)) {
    problems.push({ where: `${where()}.refs`, message: 'refs must be a list of reference numbers' });
  } else {
    item.refs.forEach((ref, i) => {
      if (!isReferenceNumber(ref, scope.refs)) {
        problems.push({
          where: `${where()}.refs[${i}]`,
          message: `reference ${showValue(ref)} is not ${describeReferenceRange(scope.refs)}`,
        });
      }
    });
    const seen = new Set<unknown>();
    for (const ref of item.refs) {
      if (seen.has(ref)) problems.push({ where: `${where()}.refs`, message: `reference ${showValue(ref)} is listed twice` });
      seen.add(ref);
    }
  }
  if (typeof item.section !== 'string' || !(scope.sections ? scope.sections.has(item.section) : SLUG_PATTERN.test(item.section))) {
    problems.push({ where: `${where()}.section`, message: `unknown section ${showValue(item.section)} (${expectedSections(scope)})` });
  }
  if (typeof item.claim !== 'string' || item.claim.trim() === '') {
    problems.push({ where: `${where()}.claim`, message: 'claim must be a non-empty text' });
  }
  if (item.context !== undefined) validateContext(item.context, () => `${where()}.context`, problems);
  validateCertainty(item, where, problems);
}

function validateCertainty(item: Record<string, unknown>, where: Where, problems: Problem[]): void {
  if (item.certainty !== undefined && !CERTAINTY_SET.has(item.certainty)) {
    problems.push({ where: `${where()}.certainty`, message: `unknown certainty ${showValue(item.certainty)} (expected ${CERTAINTIES.map((c) => `"${c}"`).join(', ')}, or none for a plain statement)` });
  }
  if (item.hedge !== undefined && (typeof item.hedge !== 'string' || item.hedge.trim() === '')) {
    problems.push({ where: `${where()}.hedge`, message: 'hedge must be a non-empty text: the hedging words of the review ("may", "is thought")' });
  } else if (item.certainty === 'hedged' && item.hedge === undefined) {
    problems.push({ where: `${where()}.hedge`, message: 'a hedged item needs hedge: the hedging words of the review ("may", "is thought")' });
  } else if (item.hedge !== undefined && item.certainty === undefined) {
    problems.push({ where: `${where()}.certainty`, message: 'an item with hedge words needs certainty "hedged"' });
  }
}

function expectedSections(scope: EvidenceScope): string {
  if (!scope.sections) return 'expected a lowercase slug such as "results"';
  const slugs = [...scope.sections];
  const shown = slugs.length > 8 ? `${slugs.slice(0, 8).join(', ')}, … (${slugs.length} in all)` : slugs.join(', ');
  return `the source's sections are ${shown}`;
}

function validateContext(context: unknown, where: Where, problems: Problem[]): void {
  if (!isRecord(context)) {
    problems.push({ where: where(), message: 'context must be an object' });
    return;
  }
  for (const [key, value] of Object.entries(context)) {
    if (!CONTEXT_KEYS.has(key)) {
      problems.push({ where: `${where()}.${key}`, message: `unknown context key "${key}" (expected ${[...CONTEXT_KEYS].join(', ')})` });
    } else if (!Array.isArray(value) || value.some((v) => typeof v !== 'string' || v.trim() === '')) {
      problems.push({ where: `${where()}.${key}`, message: `${key} must be a list of non-empty texts` });
    }
  }
}

export function validateEvidenceList(
  evidence: unknown,
  where: Where,
  problems: Problem[],
  required: boolean,
  scope: EvidenceScope = OPEN_SCOPE,
): void {
  if (evidence === undefined && !required) return;
  if (!Array.isArray(evidence)) {
    problems.push({ where: where(), message: required ? 'every edge needs a list of evidence items' : 'evidence must be a list' });
    return;
  }
  if (required && evidence.length === 0) {
    problems.push({ where: where(), message: 'every edge needs at least one evidence item' });
  }
  evidence.forEach((item, i) => validateEvidenceItem(item, () => `${where()}[${i}]`, problems, scope));
}
