import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { NODE_TYPES } from '../../../../src/core/model/types';
import { decodeViewState, encodeViewState } from '../../../../src/core/view/urlState';
import { DEFAULT_VIEW, type ViewState } from '../../../../src/core/view/viewState';

const id = fc.stringMatching(/^[a-z0-9][a-z0-9-]{0,20}$/);
const cancer = fc.stringMatching(/^[a-z][a-z0-9 -]{0,30}[a-z0-9]$/).filter((s) => !s.includes('  '));
const uniq = <T>(arb: fc.Arbitrary<T>) => fc.uniqueArray(arb, { minLength: 1, maxLength: 4 });

const viewArb: fc.Arbitrary<ViewState> = fc
  .record({
    selection: fc.option(fc.record({ kind: fc.constantFrom('node' as const, 'edge' as const), id })),
    nodeTypes: fc.option(uniq(fc.constantFrom(...NODE_TYPES))),
    hallmarks: fc.option(fc.record({ ids: uniq(id), hops: fc.option(fc.integer({ min: 1, max: 6 })) })),
    cancers: fc.option(uniq(cancer)),
    sections: fc.option(uniq(fc.constantFrom('abstract', 'results', 'fig2', 'cancer-progression'))),
    signs: fc.option(uniq(fc.constantFrom(1 as const, -1 as const, 0 as const))),
    focus: fc.option(fc.record({ nodeId: id, hops: fc.integer({ min: 1, max: 3 }) })),
    hideIsolated: fc.boolean(),
    hideHedged: fc.boolean(),
    search: fc.string({ maxLength: 200 }),
    path: fc.option(fc.record({ from: id, to: id, k: fc.integer({ min: 1, max: 20 }), maxHops: fc.integer({ min: 1, max: 8 }), undirected: fc.boolean(), effect: fc.constantFrom(null, 'promotes' as const, 'suppresses' as const) })),
    activePath: fc.integer({ min: 0, max: 19 }),
  })
  .map((r) => {
    const criteria: ViewState['criteria'] = {};
    if (r.nodeTypes) criteria.nodeTypes = r.nodeTypes;
    if (r.hallmarks) {
      criteria.hallmarks = r.hallmarks.ids;
      if (r.hallmarks.hops !== null) criteria.hallmarkHops = r.hallmarks.hops;
    }
    if (r.cancers) criteria.cancers = r.cancers;
    if (r.sections) criteria.sections = r.sections;
    if (r.signs) criteria.signs = r.signs;
    if (r.focus) criteria.focus = r.focus;
    if (r.hideIsolated) criteria.hideIsolated = true;
    if (r.hideHedged) criteria.hideHedged = true;
    return { selection: r.selection, criteria, search: r.search, path: r.path, activePath: r.path ? r.activePath : 0 };
  });

describe('core/view/urlState', () => {
  describe('decodeViewState', () => {
    it('should refuse unknown parameters and bad values with where they are', () => {
      const r = decodeViewState('?sel=node:HSP%2070&k=abc&zzz=1');
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.problems.map((p) => p.where).sort()).toEqual(['k', 'sel', 'zzz']);
    });
    it('should decode an empty query to the default view', () => {
      expect(decodeViewState('')).toEqual({ ok: true, value: DEFAULT_VIEW });
      expect(decodeViewState('?')).toEqual({ ok: true, value: DEFAULT_VIEW });
    });
    it('should read the hedged-only filter as hedged=hide and refuse other values', () => {
      expect(decodeViewState('?hedged=hide')).toEqual({ ok: true, value: { ...DEFAULT_VIEW, criteria: { hideHedged: true } } });
      expect(encodeViewState({ ...DEFAULT_VIEW, criteria: { hideHedged: true } })).toBe('hedged=hide');
      expect(decodeViewState('?hedged=yes')).toEqual({ ok: false, problems: [{ where: 'hedged', message: 'expected "hide"' }] });
    });
    it('should refuse out-of-range numbers', () => {
      expect(decodeViewState('?from=a&to=b&k=0').ok).toBe(false);
      expect(decodeViewState('?from=a&to=b&hops=99').ok).toBe(false);
      expect(decodeViewState('?hood=a~7').ok).toBe(false);
      expect(decodeViewState('?types=protein,gene').ok).toBe(false);
    });
    it('should decode any string to a valid view or an error, never throwing', () => {
      fc.assert(
        fc.property(fc.oneof(fc.string(), fc.string({ unit: 'binary' }), viewArb.map((v) => encodeViewState(v) + '&x')), (s) => {
          const r = decodeViewState(s);
          if (r.ok) expect(decodeViewState(encodeViewState(r.value))).toEqual(r);
          else expect(r.problems.length).toBeGreaterThan(0);
        }),
        { numRuns: 2000 },
      );
    });
  });

  describe('encodeViewState', () => {
    it('should encode the default view as nothing', () => {
      expect(encodeViewState(DEFAULT_VIEW)).toBe('');
    });
    it('should give back any valid view after decoding its encoding', () => {
      fc.assert(
        fc.property(viewArb, (view) => {
          expect(decodeViewState(encodeViewState(view))).toEqual({ ok: true, value: view });
        }),
        { numRuns: 2000 },
      );
    });
  });
});
