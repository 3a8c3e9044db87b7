// The embedded review graph: graph-data/ compiled and validated when the app is built
// (build/reviewGraphAsset.ts) and fetched as one JSON file, whose download the page's
// preload link has already started. Problems (only in the dev server, since the build
// refuses an invalid graph-data/) are returned, not thrown, so the page can show them.

import type { ExonetGraph, Problem } from '../core/model/types';

declare const __REVIEW_GRAPH_PATH__: string;

export interface ReviewGraph {
  graph: ExonetGraph;
  /** The order in which the whole map labels its nodes, computed with the layout. */
  labelOrder: readonly string[];
  problems: Problem[];
}

let pending: Promise<ReviewGraph> | null = null;

async function fetchReviewGraph(): Promise<ReviewGraph> {
  const response = await fetch(`${import.meta.env.BASE_URL}${__REVIEW_GRAPH_PATH__}`);
  if (!response.ok) throw new Error(`the review graph could not be loaded (HTTP ${response.status})`);
  const body = (await response.json()) as { graph: ExonetGraph | null; labelOrder?: string[]; problems?: Problem[] };
  if (!body.graph) {
    const first = body.problems?.[0];
    throw new Error(`the review graph has ${body.problems?.length ?? 0} problems${first ? ` (first: ${first.where}: ${first.message})` : ''}`);
  }
  return { graph: body.graph, labelOrder: body.labelOrder ?? [], problems: body.problems ?? [] };
}

/** The review graph, fetched once (a failed load can be tried again). */
export function loadReviewGraph(): Promise<ReviewGraph> {
  pending ??= fetchReviewGraph().catch((error: unknown) => {
    pending = null;
    throw error;
  });
  return pending;
}
