// Checks of what a graph says about its source text: its sections (slugs, titles, line
// spans), how many references it has, and the attached reference list.

import { SLUG_PATTERN, describeReferenceRange, isReferenceNumber, referenceRangeOf, type ReferenceRange } from './sections';
import type { Problem } from './types';
import { isRecord, showValue, type EvidenceScope } from './validateEvidence';

function validateSpans(lines: unknown, where: string, problems: Problem[]): void {
  if (!Array.isArray(lines) || !lines.length) {
    problems.push({ where, message: 'lines must be a list of [first, last] line spans' });
    return;
  }
  lines.forEach((span, i) => {
    const ok = Array.isArray(span) && span.length === 2 && span.every((n) => Number.isInteger(n) && (n as number) >= 1) && (span[0] as number) <= (span[1] as number);
    if (!ok) problems.push({ where: `${where}[${i}]`, message: `${showValue(span)} is not a span [first, last] of line numbers (1 or more, first ≤ last)` });
  });
}

/** Checks source.sections and source.referenceCount; returns what evidence may then use. */
export function validateSourceSections(source: Record<string, unknown>, problems: Problem[]): EvidenceScope {
  const count = source.referenceCount;
  if (count !== undefined && !(Number.isInteger(count) && (count as number) >= 1)) {
    problems.push({ where: 'source.referenceCount', message: `referenceCount ${showValue(count)} must be a whole number of 1 or more` });
  }
  const refs = referenceRangeOf({ referenceCount: typeof count === 'number' ? count : undefined });
  const sections = source.sections;
  if (sections === undefined) return { refs, sections: null };
  if (!Array.isArray(sections)) {
    problems.push({ where: 'source.sections', message: 'sections must be a list of { slug, title, lines? }' });
    return { refs, sections: null };
  }
  const slugs = new Set<string>();
  sections.forEach((section, i) => {
    const where = `source.sections[${i}]`;
    if (!isRecord(section)) {
      problems.push({ where, message: 'a section must be an object { slug, title, lines? }' });
      return;
    }
    if (typeof section.slug !== 'string' || !SLUG_PATTERN.test(section.slug)) {
      problems.push({ where: `${where}.slug`, message: `slug ${showValue(section.slug)} must be a lowercase slug (a-z, 0-9, -)` });
    } else if (slugs.has(section.slug)) {
      problems.push({ where: `${where}.slug`, message: `section "${section.slug}" is listed twice` });
    } else {
      slugs.add(section.slug);
    }
    if (typeof section.title !== 'string' || section.title.trim() === '') {
      problems.push({ where: `${where}.title`, message: 'title must be a non-empty text' });
    }
    if (section.lines !== undefined) validateSpans(section.lines, `${where}.lines`, problems);
  });
  return { refs, sections: slugs.size ? slugs : null };
}

export function validateReferenceList(references: unknown, range: ReferenceRange, problems: Problem[]): void {
  if (references === undefined) return;
  if (!Array.isArray(references)) {
    problems.push({ where: 'references', message: 'references must be a list' });
    return;
  }
  const seen = new Set<number>();
  references.forEach((ref, i) => {
    const where = `references[${i}]`;
    if (!isRecord(ref)) {
      problems.push({ where, message: 'a reference must be an object { n, text, doi?, year?, authors? }' });
      return;
    }
    if (!isReferenceNumber(ref.n, range)) problems.push({ where: `${where}.n`, message: `n ${showValue(ref.n)} is not ${describeReferenceRange(range)}` });
    else if (seen.has(ref.n)) problems.push({ where: `${where}.n`, message: `reference ${ref.n} is listed twice` });
    else seen.add(ref.n);
    if (typeof ref.text !== 'string') problems.push({ where: `${where}.text`, message: 'text must be the entry as text' });
    if (ref.doi !== undefined && typeof ref.doi !== 'string') problems.push({ where: `${where}.doi`, message: 'doi must be a text' });
    if (ref.year !== undefined && !Number.isInteger(ref.year)) problems.push({ where: `${where}.year`, message: 'year must be a whole number' });
    if (ref.authors !== undefined && !(Array.isArray(ref.authors) && ref.authors.every((a) => typeof a === 'string'))) {
      problems.push({ where: `${where}.authors`, message: 'authors must be a list of texts' });
    }
  });
}
