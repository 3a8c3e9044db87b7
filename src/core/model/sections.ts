// The sections and the reference range of a graph's source, as the graph itself declares
// them: nothing here is specific to one review. A graph that declares no sections gets the
// sections its evidence names, in order of first use.

import type { ExonetGraph, SourceInfo, SourceSection } from './types';

export const SLUG_PATTERN = /^[a-z0-9][a-z0-9-]*$/;

const derived = new WeakMap<ExonetGraph, SourceSection[]>();

/** The graph's sections in reading order: declared, or else those its evidence names. */
export function sectionsOf(graph: ExonetGraph): SourceSection[] {
  if (graph.source.sections?.length) return graph.source.sections;
  let list = derived.get(graph);
  if (!list) {
    const seen = new Set<string>();
    for (const item of [...graph.nodes.flatMap((n) => n.evidence ?? []), ...graph.edges.flatMap((e) => e.evidence)]) {
      seen.add(item.section);
    }
    list = [...seen].map((slug) => ({ slug, title: slug }));
    derived.set(graph, list);
  }
  return list;
}

/** The title of a section, or the slug itself when the graph does not name it. */
export function sectionTitle(graph: ExonetGraph, slug: string): string {
  return sectionsOf(graph).find((s) => s.slug === slug)?.title ?? slug;
}

/** The references evidence may cite: 1..referenceCount, or any positive number (max null). */
export interface ReferenceRange {
  max: number | null;
}

export function referenceRangeOf(source: Pick<SourceInfo, 'referenceCount'>): ReferenceRange {
  const n = source.referenceCount;
  return { max: typeof n === 'number' && Number.isInteger(n) && n > 0 ? n : null };
}

/** "of 280" where the graph says how many references its source has, else "". */
export function ofReferenceCount(graph: ExonetGraph): string {
  const { max } = referenceRangeOf(graph.source);
  return max === null ? '' : ` of ${max}`;
}

export function isReferenceNumber(value: unknown, range: ReferenceRange): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= 1 && (range.max === null || value <= range.max);
}

export function describeReferenceRange(range: ReferenceRange): string {
  return range.max === null ? 'a positive whole number' : `an integer from 1 to ${range.max}`;
}
