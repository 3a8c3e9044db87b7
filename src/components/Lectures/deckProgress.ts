// Which slide of a deck is being drawn, shared by every "Download slides" button and the
// notice shown over the presentation (the side panel, and its buttons, are hidden then).

import { useSyncExternalStore } from 'react';
import type { DeckProgress } from './exportDeck';

let current: DeckProgress | null = null;
const listeners = new Set<() => void>();

export function setDeckProgress(progress: DeckProgress | null): void {
  current = progress;
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** The deck being drawn, or null. */
export function useDeckProgress(): DeckProgress | null {
  return useSyncExternalStore(subscribe, () => current);
}
