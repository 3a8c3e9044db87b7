// "Download slides" for a story: draws each step and saves a PowerPoint deck, showing
// which slide is being drawn over the presentation (the side panel is hidden meanwhile).

import { useState } from 'react';
import { createPortal } from 'react-dom';
import type { Story } from '../../core/story/story';
import { countOf } from '../../core/words/phrases';
import { useAppStore } from '../../state/store';
import { useGraphView } from '../GraphCanvas/graphViewContext';
import { exportStoryDeck, type DeckProgress } from './exportDeck';
import './lectures.css';

/** One deck at a time, whichever button started it. */
let running = false;

export function DeckButton({ story, label }: { story: Story; label: string }) {
  const view = useGraphView();
  const notify = useAppStore((s) => s.notify);
  const [progress, setProgress] = useState<DeckProgress | null>(null);

  const run = async () => {
    if (!view || running) return;
    running = true;
    try {
      const result = await exportStoryDeck(story, view, setProgress);
      notify({ kind: 'info', text: `Saved ${result.fileName}: ${countOf(result.slides, 'slide')} (one per step and the references), ${(result.bytes / 1024 / 1024).toFixed(1)} MB.` });
    } catch (error) {
      notify({ kind: 'error', text: `The slide deck was not made: ${error instanceof Error ? error.message : String(error)}.` });
    } finally {
      running = false;
      setProgress(null);
    }
  };

  return (
    <>
      <button type="button" disabled={!view || !story.steps.length || progress !== null} onClick={() => void run()} aria-label={label}>
        {progress ? 'Drawing slides…' : 'Download slides'}
      </button>
      {progress && createPortal(
        <div className="deck-progress" role="status" aria-live="polite">
          {progress.writing ? `Writing the deck (${countOf(progress.total + 1, 'slide')})…` : `Drawing slide ${progress.slide} of ${progress.total}…`}
        </div>,
        document.body,
      )}
    </>
  );
}
