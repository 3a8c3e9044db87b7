// Focus management shared by the dialogs, the presentation and the side panel: move focus
// into what opens, keep it inside a modal dialog, give it back to where it was on close.

import { useEffect, type RefObject } from 'react';

const FOCUSABLE = 'a[href], button:not([disabled]), input:not([disabled]):not([type="hidden"]), select:not([disabled]), textarea:not([disabled]), summary, [tabindex]:not([tabindex="-1"])';

/** The elements of a container that Tab visits, in document order. */
export function focusablesIn(container: HTMLElement): HTMLElement[] {
  return [...container.querySelectorAll<HTMLElement>(FOCUSABLE)].filter((el) => !el.hidden && el.getClientRects().length > 0);
}

/** Puts focus on an element that is not a control (a heading), so that the next Tab
 * goes on from there. */
export function focusHeading(el: HTMLElement | null): void {
  if (!el) return;
  if (!el.hasAttribute('tabindex')) el.setAttribute('tabindex', '-1');
  el.focus({ preventScroll: true });
}

/**
 * Focuses the container's first heading now or, when its content is still loading (a part
 * loaded on demand), as soon as the heading appears. Returns a function that stops waiting.
 */
export function focusFirstHeading(container: HTMLElement | null, selector = 'h2'): () => void {
  const first = () => container?.querySelector<HTMLElement>(selector) ?? null;
  if (!container || first()) {
    focusHeading(first());
    return () => undefined;
  }
  const observer = new MutationObserver(() => {
    if (!first()) return;
    observer.disconnect();
    focusHeading(first());
  });
  observer.observe(container, { childList: true, subtree: true });
  return () => observer.disconnect();
}

/** The focused element now, to give focus back to later. */
function focusedNow(): HTMLElement | null {
  return document.activeElement instanceof HTMLElement && document.activeElement !== document.body ? document.activeElement : null;
}

/** Gives focus back to an element if it is still on the page and shown; else leaves it. */
function giveBack(el: HTMLElement | null): void {
  if (el?.isConnected && el.getClientRects().length > 0) el.focus({ preventScroll: true });
}

/**
 * While `open`, a modal dialog: focus moves to its first control (or the `initial` element),
 * Tab and Shift+Tab cycle inside it, and on close focus returns to where it was.
 */
export function useModalFocus(ref: RefObject<HTMLElement | null>, open: boolean, initial?: RefObject<HTMLElement | null>): void {
  useEffect(() => {
    const dialog = ref.current;
    if (!open || !dialog) return;
    const previous = focusedNow();
    (initial?.current ?? focusablesIn(dialog)[0] ?? dialog).focus();
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== 'Tab') return;
      const items = focusablesIn(dialog);
      if (!items.length) {
        e.preventDefault();
        return;
      }
      const at = items.indexOf(document.activeElement as HTMLElement);
      if (e.shiftKey && at <= 0) {
        e.preventDefault();
        items[items.length - 1].focus();
      } else if (!e.shiftKey && (at === -1 || at === items.length - 1)) {
        e.preventDefault();
        items[0].focus();
      }
    };
    document.addEventListener('keydown', onKey, true);
    return () => {
      document.removeEventListener('keydown', onKey, true);
      giveBack(previous);
    };
  }, [ref, open, initial]);
}

/**
 * While `active`, focus moves to the container's first heading matching `selector` (as soon
 * as it appears, for content loaded on demand) and returns to where it was when it ends:
 * entering and leaving presentation.
 */
export function useFocusInWhileActive(container: RefObject<HTMLElement | null>, active: boolean, selector: string): void {
  useEffect(() => {
    if (!active) return;
    const previous = focusedNow();
    const stop = focusFirstHeading(container.current, selector);
    return () => {
      stop();
      giveBack(previous);
    };
  }, [container, active, selector]);
}

/** Views that load after the click that opens them (the insight views): the click asks for
 * focus, and the view takes the request when it mounts. A view opened by a link on page
 * load asks for nothing, so focus stays on the document. */
const focusRequests = new Set<string>();

export function requestFocusOnOpen(view: string): void {
  focusRequests.add(view);
}

/** Whether focus was asked for the view; the request is used up. */
export function takeFocusRequest(view: string): boolean {
  return focusRequests.delete(view);
}
