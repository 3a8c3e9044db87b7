// "Download slides" for a story: draws each step and saves a PowerPoint deck. Drawing
// presents the story, which hides the side panel; the progress shows over the presentation.

import type { Story } from '../../core/story/story';
import { countOf } from '../../core/words/phrases';
import { useAppStore } from '../../state/store';
import { useGraphView } from '../GraphCanvas/graphViewContext';
import { setDeckProgress, useDeckProgress } from './deckProgress';

export function DeckButton({ story, label }: { story: Story; label: string }) {
  const view = useGraphView();
  const progress = useDeckProgress();

  const run = async () => {
    // One deck at a time, whichever button started it.
    if (!view || progress) return;
    const { notify } = useAppStore.getState();
    try {
      // The deck writer (with the picture export) loads on first use.
      const { exportStoryDeck } = await import('./exportDeck');
      const result = await exportStoryDeck(story, view, setDeckProgress);
      notify({ kind: 'info', text: `Saved ${result.fileName}: ${countOf(result.slides, 'slide')} (one per step and the references), ${(result.bytes / 1024 / 1024).toFixed(1)} MB.` });
    } catch (error) {
      notify({ kind: 'error', text: `The slide deck was not made: ${error instanceof Error ? error.message : String(error)}.` });
    } finally {
      setDeckProgress(null);
    }
  };

  return (
    <button type="button" disabled={!view || !story.steps.length || progress !== null} onClick={() => void run()} aria-label={label}>
      {progress ? 'Drawing slides…' : 'Download slides'}
    </button>
  );
}
