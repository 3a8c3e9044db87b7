import { describe, expect, it } from 'vitest';
import { decodeViewState } from '../../../src/core/view/urlState';
import { DEFAULT_VIEW } from '../../../src/core/view/viewState';
import { checkViewAgainstGraph, pruneViewForGraph, shortenId } from '../../../src/state/viewOfStore';
import { tinyGraph } from '../fixtures/tinyGraph';

const decoded = (search: string) => {
  const r = decodeViewState(search);
  if (!r.ok) throw new Error(`did not decode: ${JSON.stringify(r.problems)}`);
  return r.value;
};

describe('state/viewOfStore: values of a link the graph lacks', () => {
  it('should drop an unknown cancer type and keep the known ones with the rest of the view', () => {
    const { view, dropped } = pruneViewForGraph(decoded('?cancers=martian-cancer,breast cancer&sel=node:tgfb'), tinyGraph());
    expect(view.criteria.cancers).toEqual(['breast cancer']);
    expect(view.selection).toEqual({ kind: 'node', id: 'tgfb' });
    expect(dropped).toEqual([{ where: 'cancers', message: 'no cancer type "martian-cancer" in this graph' }]);
  });

  it('should remove a filter whose every value is unknown, so that the view is not empty', () => {
    const { view, dropped } = pruneViewForGraph(decoded('?cancers=martian-cancer&sections=results&hallmarks=nope&hhops=2'), tinyGraph());
    expect(view.criteria).toEqual({});
    expect(dropped.map((d) => d.where)).toEqual(['cancers', 'sections', 'hallmarks']);
    expect(checkViewAgainstGraph(view, tinyGraph())).toEqual([]);
  });

  it('should drop a selection the graph lacks and shorten a long id in the message', () => {
    const long = 'a'.repeat(100_000);
    const { view, dropped } = pruneViewForGraph({ ...DEFAULT_VIEW, selection: { kind: 'node', id: long } }, tinyGraph());
    expect(view.selection).toBeNull();
    expect(dropped).toHaveLength(1);
    expect(dropped[0].message.length).toBeLessThan(80);
    expect(dropped[0].message).toContain(`"${'a'.repeat(40)}…"`);
  });

  it('should leave a view the graph fully knows unchanged', () => {
    const view = decoded('?cancers=prostate cancer&sections=immune');
    expect(pruneViewForGraph(view, tinyGraph())).toEqual({ view, dropped: [] });
  });

  it('should shorten only ids longer than 40 characters', () => {
    expect(shortenId('tgfb')).toBe('tgfb');
    expect(shortenId('x'.repeat(41))).toBe(`${'x'.repeat(40)}…`);
    expect(checkViewAgainstGraph({ ...DEFAULT_VIEW, path: { from: 'b'.repeat(500), to: 'tgfb', k: 3, maxHops: 4, undirected: false, effect: null } }, tinyGraph())[0].message.length).toBeLessThan(80);
  });
});
