// The caption bar of presentation mode: the current path step (with its claims and
// references) or the current story step's caption, and how to move on.

import { stepCaption } from '../../core/paths/stepCaption';
import { stepPresentation, stopPresentation } from '../../state/presentationActions';
import { selectActivePath } from '../../state/selectors';
import { selectPresentedStory } from '../../state/slices/presentationSlice';
import { useAppStore } from '../../state/store';
import { netEffectOf, pathToText } from '../../core/paths/formatPath';
import { countOf, EFFECT_WORDS } from '../../core/words/phrases';
import { DeckProgressNotice } from '../Lectures/DeckProgressNotice';
import { openPresenterView } from '../Presenter/presenterLink';

export function PresentationBar() {
  const graph = useAppStore((s) => s.graph);
  const presentation = useAppStore((s) => s.presentation);
  const story = useAppStore(selectPresentedStory);
  const path = useAppStore(selectActivePath);
  if (!presentation.active) return null;

  let body;
  if (presentation.mode === 'story') {
    const step = story.steps[presentation.storyIndex];
    body = step ? (
      <>
        <p className="caption-position">{story.title} · {presentation.storyIndex + 1} of {story.steps.length}</p>
        <p className="caption-text">{step.caption}</p>
      </>
    ) : (
      <p className="caption-text">This story has no steps yet.</p>
    );
  } else if (path && presentation.revealedSteps >= path.steps.length) {
    // The closing step: the whole path, its net effect and every reference behind it.
    body = (
      <>
        <p className="caption-position">The whole path · {countOf(path.steps.length, 'step')} · {EFFECT_WORDS[netEffectOf(graph, path)]} · Esc leaves</p>
        <p className="caption-text">{pathToText(graph, path)}</p>
        <p className="caption-refs">{path.refs.length ? `${countOf(path.refs.length, 'reference')}: [${path.refs.join(', ')}]` : 'No reference cited'}</p>
      </>
    );
  } else if (path) {
    const caption = presentation.revealedSteps >= 0 ? stepCaption(graph, path, presentation.revealedSteps) : null;
    body = caption ? (
      <>
        <p className="caption-position">{caption.position}</p>
        <p className="caption-text">{caption.statement}</p>
        <ul className="caption-claims">
          {caption.claims.slice(0, 3).map((c, i) => (
            <li key={i}>{c.claim} <span className="refs">{c.refs.length ? `[${c.refs.join(', ')}]` : '[uncited]'}</span></li>
          ))}
        </ul>
      </>
    ) : (
      <>
        <p className="caption-position">{countOf(path.steps.length, 'step')} · press → to begin</p>
        <p className="caption-text">{pathToText(graph, path)}</p>
      </>
    );
  } else {
    body = <p className="caption-text">Find a path or record a story to step through it. Esc leaves.</p>;
  }

  return (
    <div className="presentation-bar" role="region" aria-label="Presentation caption" aria-live="polite">
      <div className="caption">
        <h1 className="visually-hidden">Presenting {presentation.mode === 'story' ? `the story “${story.title}”` : 'a path'}</h1>
        {body}
      </div>
      <DeckProgressNotice />
      <div className="presentation-controls">
        <button type="button" onClick={() => stepPresentation(-1)} aria-label="Previous step">←</button>
        <button type="button" onClick={() => stepPresentation(1)} aria-label="Next step">→</button>
        <button type="button" onClick={() => openPresenterView()} title="Open a second window with the speaker notes, the next step and a timer">Presenter view</button>
        <button type="button" onClick={stopPresentation}>Leave (Esc)</button>
      </div>
    </div>
  );
}
