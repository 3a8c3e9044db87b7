import { describe, expect, it } from 'vitest';
import { decodeViewState, encodeViewState } from '../../../../src/core/view/urlState';
import { DEFAULT_VIEW } from '../../../../src/core/view/viewState';

describe('core/view/insightView (URL keys view, ko, ihops)', () => {
  it('should refuse an unknown view, a bad id in ko and hops out of range, saying which key', () => {
    const bad = (query: string) => {
      const r = decodeViewState(query);
      return r.ok ? [] : r.problems.map((p) => p.where);
    };
    expect(bad('?view=table')).toEqual(['view']);
    expect(bad('?ko=tgfb,<script>')).toEqual(['ko']);
    expect(bad('?ihops=0')).toEqual(['ihops']);
    expect(bad('?ihops=99')).toEqual(['ihops']);
    expect(bad(`?ko=${Array.from({ length: 101 }, (_, i) => `n${i}`).join(',')}`)).toEqual(['ko']);
  });

  it('should read the open view, the knocked-out nodes in order without repeats, and the hops', () => {
    const r = decodeViewState('?view=knockout&ko=tgfb,itga6b4,tgfb&ihops=3');
    expect(r.ok && r.value.insight).toEqual({ tab: 'knockout', knockout: ['tgfb', 'itga6b4'], maxHops: 3 });
    const none = decodeViewState('?q=hsp70');
    expect(none.ok && none.value.insight).toBeUndefined();
  });

  it('should write only what differs from the defaults and read back the same view', () => {
    const view = { ...DEFAULT_VIEW, insight: { tab: 'matrix' as const, knockout: ['tgfb', 'itga6b4'], maxHops: 5 } };
    const query = encodeViewState(view);
    expect(query).toBe('view=matrix&ko=tgfb%2Citga6b4');
    const back = decodeViewState(query);
    expect(back.ok && back.value).toEqual(view);
    expect(encodeViewState({ ...DEFAULT_VIEW, insight: { tab: null, knockout: [], maxHops: 5 } })).toBe('');
  });

  it('should read view=list as the edge list, not an insight view, and write it back unless an insight view is in front', () => {
    const r = decodeViewState('?view=list&sel=node:hsp70');
    expect(r.ok && r.value).toEqual({ ...DEFAULT_VIEW, selection: { kind: 'node', id: 'hsp70' }, list: true });
    expect(encodeViewState({ ...DEFAULT_VIEW, list: true })).toBe('view=list');
    expect(encodeViewState({ ...DEFAULT_VIEW, list: true, insight: { tab: 'matrix', knockout: [], maxHops: 5 } })).toBe('view=matrix');
    const both = decodeViewState('?view=list&ko=tgfb');
    expect(both.ok && both.value).toMatchObject({ list: true, insight: { tab: null, knockout: ['tgfb'] } });
    const bad = decodeViewState('?view=lists');
    expect(!bad.ok && bad.problems[0].message).toContain('list, matrix');
  });
});
