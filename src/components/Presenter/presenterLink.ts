// The presenting window's side of the presenter view: opens the second window, tells it
// what is presented whenever that changes, and runs the steps it asks for. One link per
// page, created on the first "Presenter view"; its pair id names the channel, so another
// explorer tab never steers this one.

import { parsePresenterMessage, presenterChannelName, type PresenterState } from '../../core/story/presenterMessages';
import { stepPresentation, stopPresentation } from '../../state/presentationActions';
import { presenterStateOf } from '../../state/presenterState';
import { useAppStore } from '../../state/store';

let pair: string | null = null;

function newPair(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(8));
  return [...bytes].map((b) => b.toString(36).padStart(2, '0')).join('').slice(0, 16);
}

function startLink(): string {
  if (pair) return pair;
  const id = newPair();
  const name = presenterChannelName(id);
  if (!name) throw new Error('no channel name for the presenter view');
  const channel = new BroadcastChannel(name);
  let last = '';
  const post = (force: boolean) => {
    const state: PresenterState = presenterStateOf(useAppStore.getState());
    const key = JSON.stringify(state);
    if (!force && key === last) return;
    last = key;
    channel.postMessage(state);
  };
  channel.onmessage = (event: MessageEvent) => {
    const message = parsePresenterMessage(event.data);
    if (!message) return;
    if (message.type === 'hello') post(true);
    else if (message.type === 'step') stepPresentation(message.delta);
    else if (message.type === 'leave') stopPresentation();
  };
  useAppStore.subscribe((s, prev) => {
    // Hovering and panning change the store often; only what the presenter shows matters.
    if (s.presentation === prev.presentation && s.lecture === prev.lecture && s.story === prev.story && s.activePath === prev.activePath && s.pathQuery === prev.pathQuery && s.graph === prev.graph) return;
    post(false);
  });
  window.addEventListener('pagehide', () => channel.postMessage({ type: 'closed' }));
  pair = id;
  return id;
}

/** Opens (or brings forward) the presenter view; false when the browser blocked the window. */
export function openPresenterView(): boolean {
  if (typeof BroadcastChannel === 'undefined') {
    useAppStore.getState().notify({ kind: 'error', text: 'This browser cannot link two windows (no BroadcastChannel), so there is no presenter view.' });
    return false;
  }
  const id = startLink();
  const opened = window.open(`${window.location.pathname}?presenter=1&pair=${id}`, `exonet-presenter-${id}`, 'popup,width=960,height=640');
  if (!opened) {
    useAppStore.getState().notify({ kind: 'error', text: 'The browser blocked the presenter window: allow pop-ups for this page and try again.' });
    return false;
  }
  return true;
}
