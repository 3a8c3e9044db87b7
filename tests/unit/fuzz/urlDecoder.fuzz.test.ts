// Fuzzing the URL decoder (decodeViewState): arbitrary text, percent-encoded garbage,
// parameter soup built from the known keys, and very long addresses. It never throws, and
// whatever it accepts re-encodes to an address that decodes to the same view.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Result } from '../../../src/core/model/types';
import { decodeViewState, encodeViewState } from '../../../src/core/view/urlState';
import type { ViewState } from '../../../src/core/view/viewState';

const KEYS = ['sel', 'types', 'hallmarks', 'hhops', 'cancers', 'sections', 'signs', 'hood', 'isolated', 'hedged', 'q', 'from', 'to', 'k', 'hops', 'undirected', 'effect', 'p', '__proto__', 'constructor'];
const VALUES = ['node:hsp70', 'edge:a--b', 'protein,cell', 'angiogenesis', '3', '0', '-1', '1,-1,0', 'hsp70~2', 'hide', '1', 'promotes', 'suppresses', 'breast cancer', '%', '%zz', '%E2%82', '%F0%9F%98%80', '<script>alert(1)</script>', ''];

const percentGarbage = fc
  .array(fc.oneof(fc.constantFrom('%', '%2', '%zz', '%00', '%C3', '%C3%28', '%ED%A0%80', '%FF', '&', '=', '?', '#', '+', ';', ','), fc.string({ maxLength: 3 })), { maxLength: 20 })
  .map((parts) => parts.join(''));

const paramSoup = fc
  .array(fc.tuple(fc.constantFrom(...KEYS), fc.oneof(fc.constantFrom(...VALUES), fc.string({ maxLength: 12 }))), { maxLength: 8 })
  .map((pairs) => pairs.map(([k, v]) => `${k}=${encodeURIComponent(v)}`).join('&'));

const anyAddress = fc.oneof(
  fc.string(),
  fc.string({ unit: 'binary' }),
  percentGarbage,
  paramSoup,
  paramSoup.map((s) => `?${s}`),
);

function expectDecodeContract(result: Result<ViewState>): void {
  if (result.ok) return;
  expect(result.problems.length).toBeGreaterThan(0);
  for (const p of result.problems) {
    expect(typeof p.where).toBe('string');
    expect(typeof p.message).toBe('string');
    expect(p.where.length + p.message.length).toBeLessThan(400);
  }
}

function expectStableReencoding(result: Result<ViewState>): void {
  if (!result.ok) return;
  const encoded = encodeViewState(result.value);
  const again = decodeViewState(encoded);
  expect(again).toEqual({ ok: true, value: result.value });
  if (again.ok) expect(encodeViewState(again.value)).toBe(encoded);
}

describe('core/view/urlState (fuzz)', () => {
  describe('decodeViewState', () => {
    it('should never throw on any address, and explain what it refuses', () => {
      fc.assert(fc.property(anyAddress, (address) => {
        const result = decodeViewState(address);
        expectDecodeContract(result);
        expectStableReencoding(result);
      }), { numRuns: 1000 });
    });

    it('should decode every address made of known keys and plausible values stably', () => {
      fc.assert(fc.property(paramSoup, (address) => expectStableReencoding(decodeViewState(address))), { numRuns: 500 });
    });

    it('should not let "__proto__" or "constructor" parameters change the view or Object.prototype', () => {
      const result = decodeViewState('__proto__=x&constructor=y&sel=node:hsp70');
      expect(result).toMatchObject({ ok: false, problems: [{ where: '__proto__' }, { where: 'constructor' }] });
      expect(Object.keys(Object.prototype)).toEqual([]);
    });

    it('should refuse very long addresses in short words', () => {
      const long = [`q=${'a'.repeat(100_000)}`, `sel=node:${'x'.repeat(100_000)}`, `cancers=${'%41'.repeat(50_000)}`, `${'k'.repeat(100_000)}=1`, '&'.repeat(100_000)];
      for (const address of long) {
        const result = decodeViewState(address);
        expectDecodeContract(result);
        expectStableReencoding(result);
      }
      expect(decodeViewState(long[0]).ok).toBe(false);
    });

    it('should read a lone percent sign or a broken UTF-8 escape as text, not throw', () => {
      for (const q of ['%', '%E2%82', '%ED%A0%80', '%C3%28']) {
        const result = decodeViewState(`q=${q}`);
        expect(result.ok).toBe(true);
        expectStableReencoding(result);
      }
    });
  });
});
