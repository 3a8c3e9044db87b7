import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { planDeck } from '../../../src/core/story/deckPlan';
import type { Story } from '../../../src/core/story/story';
import { fitPicture, writeSlideDeck } from '../../../src/io/slideDeck';

// A 1×1 transparent PNG.
const PNG = 'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==';

const story: Story = {
  format: 'exonet-story', version: 1, id: 'demo', title: 'Demo lecture',
  steps: [
    { caption: 'TGFβ drives vessel growth [132].', view: 'sel=node:tgfb', notes: 'Say that the effect is direct.' },
    { caption: 'Macrophages turn M2 [133, 202].', view: '' },
    { caption: 'A step without a citation.', view: '' },
  ],
};

const words = { cite: (refs: number[]) => `Doe et al. 2024, refs ${refs.join(', ')}`, reference: (n: number) => `[${n}] ref. ${n} of Doe et al. 2024` };

describe('slide decks', () => {
  describe('planDeck', () => {
    it('should make one slide per step with its citation and notes, and list every cited reference once', () => {
      const plan = planDeck(story, words);
      expect(plan.slides.map((s) => [s.step, s.citation, s.notes])).toEqual([
        [1, 'Doe et al. 2024, refs 132', 'Say that the effect is direct.'],
        [2, 'Doe et al. 2024, refs 133, 202', ''],
        [3, null, ''],
      ]);
      expect(plan.references).toEqual(['[132] ref. 132 of Doe et al. 2024', '[133] ref. 133 of Doe et al. 2024', '[202] ref. 202 of Doe et al. 2024']);
    });
  });

  describe('fitPicture', () => {
    it('should keep the aspect ratio and stay inside the slide', () => {
      const wide = fitPicture({ dataUrl: PNG, width: 1920, height: 400 });
      expect(wide.w / wide.h).toBeCloseTo(1920 / 400, 5);
      expect(wide.x).toBeGreaterThanOrEqual(0);
      expect(wide.x + wide.w).toBeLessThanOrEqual(13.334);
      const tall = fitPicture({ dataUrl: PNG, width: 400, height: 1600 });
      expect(tall.h).toBeCloseTo(5, 5);
    });
  });

  describe('writeSlideDeck', () => {
    it('should write a .pptx with a slide per step, speaker notes, and a references slide', async () => {
      const bytes = await writeSlideDeck(planDeck(story, words), [{ dataUrl: PNG, width: 1, height: 1 }, null, null]);
      const zip = await JSZip.loadAsync(bytes);
      const slides = Object.keys(zip.files).filter((f) => /^ppt\/slides\/slide\d+\.xml$/.test(f));
      expect(slides).toHaveLength(4);
      const last = await zip.file('ppt/slides/slide4.xml')!.async('string');
      expect(last).toContain('References');
      expect(last).toContain('[202] ref. 202 of Doe et al. 2024');
      const notes = Object.keys(zip.files).filter((f) => /^ppt\/notesSlides\/notesSlide\d+\.xml$/.test(f));
      const notesText = await Promise.all(notes.map((f) => zip.file(f)!.async('string')));
      expect(notesText.some((t) => t.includes('Say that the effect is direct.'))).toBe(true);
      const media = Object.keys(zip.files).filter((f) => /^ppt\/media\/.+\.png$/.test(f));
      expect(media).toHaveLength(1);
    });
  });
});
