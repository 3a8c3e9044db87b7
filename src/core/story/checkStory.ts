// Checking a story against a graph: every node and edge a step names exists, and a step
// that shows a path finds that path, with the nodes the step frames on it. Used by the
// data tests on the built-in lectures and when a lecture is opened on another graph.

import { applyFilters } from '../filter/applyFilters';
import type { ExonetGraph, Problem } from '../model/types';
import { findPaths } from '../paths/findPaths';
import { decodeViewState } from '../view/urlState';
import type { Story, StoryStep } from './story';

/** The reference numbers a caption cites: "[121, 122]", "[154–156]" (ranges expanded). */
export function citedRefs(text: string): number[] {
  const refs = new Set<number>();
  for (const group of text.matchAll(/\[([\d,\s–-]+)\]/g)) {
    for (const part of group[1].split(',')) {
      const range = /^\s*(\d+)\s*[–-]\s*(\d+)\s*$/.exec(part);
      if (range) {
        const [a, b] = [Number(range[1]), Number(range[2])];
        for (let r = a; r <= b && b - a <= 50; r++) refs.add(r);
      } else if (/^\s*\d+\s*$/.test(part)) refs.add(Number(part));
    }
  }
  return [...refs].sort((a, b) => a - b);
}

/** The node ids a step names: selection, neighbourhood centre, hallmarks, path ends, frame. */
export function stepNodeIds(step: StoryStep): string[] {
  const ids = new Set(step.frame?.nodes ?? []);
  const decoded = decodeViewState(step.view);
  if (decoded.ok) {
    const v = decoded.value;
    if (v.selection?.kind === 'node') ids.add(v.selection.id);
    if (v.criteria.focus) ids.add(v.criteria.focus.nodeId);
    for (const h of v.criteria.hallmarks ?? []) ids.add(h);
    if (v.path) {
      ids.add(v.path.from);
      ids.add(v.path.to);
    }
  }
  return [...ids];
}

export function checkStoryStep(step: StoryStep, graph: ExonetGraph, where: string): Problem[] {
  const problems: Problem[] = [];
  const nodes = new Set(graph.nodes.map((n) => n.id));
  const edges = new Set(graph.edges.map((e) => e.id));
  const decoded = decodeViewState(step.view);
  if (!decoded.ok) return decoded.problems.map((p) => ({ where: `${where}.view.${p.where}`, message: p.message }));
  for (const id of stepNodeIds(step)) if (!nodes.has(id)) problems.push({ where: `${where}`, message: `no node "${id}" in this graph` });
  for (const id of step.frame?.edges ?? []) if (!edges.has(id)) problems.push({ where: `${where}.frame.edges`, message: `no edge "${id}" in this graph` });
  const view = decoded.value;
  if (view.selection?.kind === 'edge' && !edges.has(view.selection.id)) problems.push({ where: `${where}.view.sel`, message: `no edge "${view.selection.id}" in this graph` });
  if (!problems.length && Object.keys(view.criteria).length) {
    const visible = applyFilters(graph, view.criteria);
    const hidden = (step.frame?.nodes ?? []).filter((id) => !visible.nodes.has(id));
    if (hidden.length) problems.push({ where: `${where}.frame.nodes`, message: `the step's filters hide ${hidden.join(', ')}` });
  }
  if (view.path && !problems.length) {
    const { from, to, k, maxHops, undirected, effect } = view.path;
    const paths = findPaths(graph, from, to, { k, maxHops, mode: undirected ? 'undirected' : 'causal', ...(effect ? { effect } : {}) });
    const shown = paths[view.activePath];
    if (!shown) {
      problems.push({ where: `${where}.view`, message: `the path query ${from} → ${to} finds ${paths.length} path(s), so path ${view.activePath + 1} does not exist` });
    } else {
      const missing = (step.frame?.nodes ?? []).filter((id) => !shown.nodes.includes(id));
      if (missing.length) problems.push({ where: `${where}.frame.nodes`, message: `path ${view.activePath + 1} (${shown.nodes.join(' → ')}) does not pass through ${missing.join(', ')}` });
    }
  }
  return problems;
}

export function checkStory(story: Story, graph: ExonetGraph): Problem[] {
  return story.steps.flatMap((step, i) => checkStoryStep(step, graph, `steps[${i}]`));
}
