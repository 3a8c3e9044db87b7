// Fuzzing the story loader (parseStoryText / parseStoryValue): random JSON, random text and
// random edits of a valid story give a story or a non-empty list of {where, message}
// problems, never a throw; a valid story round-trips through serializeStory.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parentOf, pathsOf } from './jsonPaths';
import type { Result } from '../../../src/core/model/types';
import { parseStoryText, parseStoryValue, serializeStory } from '../../../src/core/story/parseStory';
import { MAX_CAPTION_LENGTH, type Story } from '../../../src/core/story/story';
import { encodeViewState } from '../../../src/core/view/urlState';
import { DEFAULT_VIEW } from '../../../src/core/view/viewState';

const NASTY: unknown[] = [1e308, -1, 0, 101, 0.5, '', '__proto__', 'constructor', '<script>window.__pwned=2</script>', 'x'.repeat(1500), [], {}, [[[]]], null, true];
const jsonish: fc.Arbitrary<unknown> = fc.oneof({ weight: 3, arbitrary: fc.jsonValue({ maxDepth: 3 }) }, { weight: 1, arbitrary: fc.constantFrom(...NASTY) });

const id = fc.stringMatching(/^[a-z0-9][a-z0-9-]{0,12}$/);
const viewText = fc.oneof(
  fc.constant(''),
  id.map((n) => encodeViewState({ ...DEFAULT_VIEW, selection: { kind: 'node', id: n } })),
  fc.tuple(id, id, fc.integer({ min: 1, max: 20 })).map(([from, to, k]) => encodeViewState({ ...DEFAULT_VIEW, path: { from, to, k, maxHops: 5, undirected: false, effect: null } })),
  fc.string({ maxLength: 200 }).map((q) => encodeViewState({ ...DEFAULT_VIEW, search: q })),
);
// Finite numbers other than -0, which JSON writes as 0.
const coordinate = fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e6, max: 1e6 }).map((x) => (Object.is(x, -0) ? 0 : x));
const storyArb: fc.Arbitrary<Story> = fc.record({
  format: fc.constant('exonet-story' as const),
  version: fc.constant(1 as const),
  title: fc.string({ maxLength: 200 }),
  steps: fc.array(
    fc.record(
      {
        caption: fc.string({ maxLength: MAX_CAPTION_LENGTH }),
        view: viewText,
        viewport: fc.record({ zoom: fc.double({ min: 0.01, max: 100, noNaN: true }), pan: fc.record({ x: coordinate, y: coordinate }) }),
      },
      { requiredKeys: ['caption', 'view'] },
    ),
    { maxLength: 6 },
  ),
});

type Edit = { at: number; value: unknown; remove: boolean };

function applyEdits(original: unknown, edits: readonly Edit[]): unknown {
  let doc = structuredClone(original);
  for (const { at, value, remove } of edits) {
    const path = pathsOf(doc)[at % pathsOf(doc).length];
    if (!path.length) {
      doc = structuredClone(value);
      continue;
    }
    const { parent, key } = parentOf(doc, path);
    if (remove) delete parent[key];
    else Object.defineProperty(parent, key, { value: structuredClone(value), enumerable: true, writable: true, configurable: true });
  }
  return doc;
}

function expectContract(result: Result<Story>): void {
  if (result.ok) {
    expect(parseStoryText(serializeStory(result.value))).toEqual(result);
    return;
  }
  expect(result.problems.length).toBeGreaterThan(0);
  for (const p of result.problems) {
    expect(typeof p.where).toBe('string');
    expect(typeof p.message).toBe('string');
    expect(p.message.length).toBeGreaterThan(0);
  }
}

describe('core/story/parseStory (fuzz)', () => {
  describe('parseStoryValue', () => {
    it('should answer any JSON value with a story or a list of problems', () => {
      fc.assert(fc.property(jsonish, (value) => expectContract(parseStoryValue(value))), { numRuns: 300 });
    });

    it('should answer random edits of a valid story (deleted fields, wrong types, "__proto__" keys) without throwing', () => {
      const edit = fc.record({ at: fc.nat(), value: jsonish, remove: fc.boolean() });
      fc.assert(fc.property(storyArb, fc.array(edit, { minLength: 1, maxLength: 3 }), (story, edits) => {
        const edited = applyEdits(story, edits);
        expectContract(parseStoryValue(edited));
        expect(Object.keys(Object.prototype)).toEqual([]);
      }), { numRuns: 400 });
    });

    it('should refuse a format nested thousands of levels deep without overflowing the stack', () => {
      const deep = JSON.parse(`${'['.repeat(100_000)}${']'.repeat(100_000)}`);
      expect(parseStoryValue({ format: deep, version: 1, steps: [] })).toMatchObject({ ok: false, problems: [{ where: 'format', message: 'format must be "exonet-story", not a list' }] });
    });
  });

  describe('parseStoryText', () => {
    it('should answer any text with a story or a list of problems', () => {
      fc.assert(fc.property(fc.oneof(fc.string(), fc.json(), fc.string({ unit: 'binary' })), (text) => expectContract(parseStoryText(text))), { numRuns: 300 });
    });
  });

  describe('serializeStory', () => {
    it('should round-trip every valid story through parseStoryText unchanged', () => {
      fc.assert(fc.property(storyArb, (story) => {
        expect(parseStoryText(serializeStory(story))).toEqual({ ok: true, value: story });
      }), { numRuns: 300 });
    });
  });
});
