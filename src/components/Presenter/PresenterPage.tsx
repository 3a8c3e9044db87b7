// The presenter view: a second window (`?presenter=1&pair=…`) beside the presentation,
// with the current step's caption and speaker notes, the next step's caption, where the
// lecture is and how long it has run. It mounts no canvas: everything it shows comes from
// the presenting window over a BroadcastChannel, and its keys and buttons are sent back.

import { useEffect, useRef, useState } from 'react';
import { formatElapsed, parsePresenterMessage, presenterChannelName, type PresenterMessage, type PresenterState } from '../../core/story/presenterMessages';
import './presenter.css';

type Link = 'waiting' | 'live' | 'closed';

/** How long the presenter waits for the presenting window's first answer before saying so. */
const ANSWER_MS = 2500;

const KEYS: Record<string, PresenterMessage> = {
  ArrowRight: { type: 'step', delta: 1 },
  PageDown: { type: 'step', delta: 1 },
  ' ': { type: 'step', delta: 1 },
  ArrowLeft: { type: 'step', delta: -1 },
  PageUp: { type: 'step', delta: -1 },
  Escape: { type: 'leave' },
};

function usePresenterChannel(name: string | null) {
  const [state, setState] = useState<PresenterState | null>(null);
  const [link, setLink] = useState<Link>('waiting');
  const [slow, setSlow] = useState(false);
  const channel = useRef<BroadcastChannel | null>(null);

  useEffect(() => {
    if (!name) return;
    const ch = new BroadcastChannel(name);
    channel.current = ch;
    ch.onmessage = (event: MessageEvent) => {
      const message = parsePresenterMessage(event.data);
      if (message?.type === 'state') {
        setState(message);
        setLink('live');
      } else if (message?.type === 'closed') {
        setLink('closed');
      }
    };
    ch.postMessage({ type: 'hello' });
    const slowTimer = setTimeout(() => setSlow(true), ANSWER_MS);
    // A window closed without its pagehide (a crash, a killed tab) is seen from here.
    const openerCheck = setInterval(() => {
      if (window.opener && (window.opener as Window).closed) setLink('closed');
    }, 1000);
    return () => {
      clearTimeout(slowTimer);
      clearInterval(openerCheck);
      ch.close();
      channel.current = null;
    };
  }, [name]);

  const send = (message: PresenterMessage) => channel.current?.postMessage(message);
  return { state, link, slow, send };
}

function useElapsed(since: number | null): string {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(timer);
  }, []);
  return since ? formatElapsed((now - since) / 1000) : '0:00';
}

export function PresenterPage() {
  const name = presenterChannelName(new URLSearchParams(window.location.search).get('pair'));
  const { state, link, slow, send } = usePresenterChannel(name);
  const presenting = link === 'live' && state?.presenting === true;
  const elapsed = useElapsed(presenting ? state.startedAt : null);

  useEffect(() => {
    document.title = 'Presenter view · ExoNet Explorer';
  }, []);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.ctrlKey || e.metaKey || e.altKey) return;
      const message = KEYS[e.key];
      if (!message) return;
      e.preventDefault();
      send(message);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  });

  let notice: string | null = null;
  if (!name) notice = 'This presenter view is not linked to a presentation. Open it with “Presenter view” while presenting in the explorer.';
  else if (link === 'closed') notice = 'The presenting window was closed or reloaded, so this view no longer follows it. Close this window, or open the presenter view again from the presentation.';
  else if (link === 'waiting') notice = slow ? 'No answer from the presenting window yet. Is the explorer still open and presenting?' : 'Connecting to the presenting window…';
  else if (!presenting) notice = 'The explorer is not presenting now. Start presenting there (F, or Present in the Story tab) and this view follows.';

  return (
    <main className="presenter" aria-label="Presenter view">
      <header className="presenter-head">
        <h1>{presenting ? state.title || 'Presentation' : 'Presenter view'}</h1>
        {presenting && (
          <p className="presenter-where">
            <span data-testid="presenter-position">Step {state.index + 1} of {state.count}</span>
            <span className="presenter-timer" aria-label="Time since presenting began" role="timer">{elapsed}</span>
          </p>
        )}
      </header>
      {notice ? (
        <p className="presenter-notice" role="status">{notice}</p>
      ) : presenting && (
        <>
          <section className="presenter-now" aria-labelledby="presenter-now-title">
            <h2 id="presenter-now-title">Now</h2>
            <p className="presenter-caption" data-testid="presenter-caption">{state.caption}</p>
          </section>
          <section className="presenter-notes" aria-labelledby="presenter-notes-title">
            <h2 id="presenter-notes-title">Speaker notes</h2>
            {state.notes ? state.notes.split('\n').map((line, i) => <p key={i}>{line}</p>) : <p className="presenter-empty">No notes for this step.</p>}
          </section>
          <section className="presenter-next" aria-labelledby="presenter-next-title">
            <h2 id="presenter-next-title">Next</h2>
            <p data-testid="presenter-next">{state.nextCaption ?? 'This is the last step.'}</p>
          </section>
        </>
      )}
      <nav className="presenter-controls" aria-label="Presentation controls">
        <button type="button" disabled={!presenting} onClick={() => send({ type: 'step', delta: -1 })} aria-label="Previous step">← Previous</button>
        <button type="button" disabled={!presenting} onClick={() => send({ type: 'step', delta: 1 })} aria-label="Next step">Next →</button>
        <button type="button" disabled={!presenting} onClick={() => send({ type: 'leave' })}>Leave presentation (Esc)</button>
      </nav>
    </main>
  );
}
