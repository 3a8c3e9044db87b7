// "Drawing slide 3 of 9…" over the presentation while a slide deck is made.

import { countOf } from '../../core/words/phrases';
import { useDeckProgress } from './deckProgress';
import './lectures.css';

export function DeckProgressNotice() {
  const progress = useDeckProgress();
  if (!progress) return null;
  return (
    <p className="deck-progress" role="status" aria-live="polite">
      {progress.writing ? `Writing the deck (${countOf(progress.total + 1, 'slide')})…` : `Drawing slide ${progress.slide} of ${progress.total}…`}
    </p>
  );
}
