// The story editor: record the current view as a step with a caption, reorder, edit and
// delete steps, save the story to a JSON file, load one, and present it.

import { useRef, useState } from 'react';
import { parseStoryText, serializeStory } from '../../core/story/parseStory';
import { MAX_CAPTION_LENGTH, MAX_STORY_BYTES } from '../../core/story/story';
import { readFileText, saveFile } from '../../io/saveFile';
import { recordStoryStep, showStoryStep, startPresentation } from '../../state/presentationActions';
import { useAppStore } from '../../state/store';
import { DeckButton } from '../Lectures/DeckButton';
import { LecturesPanel } from '../Lectures/LecturesPanel';
import { countOf } from '../../core/words/phrases';

export function StoryPanel() {
  const story = useAppStore((s) => s.story);
  const setStory = useAppStore((s) => s.setStory);
  const notify = useAppStore((s) => s.notify);
  const [caption, setCaption] = useState('');
  const fileInput = useRef<HTMLInputElement>(null);

  const move = (i: number, delta: -1 | 1) => {
    const steps = [...story.steps];
    const j = i + delta;
    if (j < 0 || j >= steps.length) return;
    [steps[i], steps[j]] = [steps[j], steps[i]];
    setStory({ ...story, steps });
  };
  const remove = (i: number) => setStory({ ...story, steps: story.steps.filter((_, k) => k !== i) });
  const edit = (i: number, text: string) => setStory({ ...story, steps: story.steps.map((s, k) => (k === i ? { ...s, caption: text.slice(0, MAX_CAPTION_LENGTH) } : s)) });

  const load = async (file: File | undefined) => {
    if (!file) return;
    const read = await readFileText(file, MAX_STORY_BYTES);
    if (!read.ok) {
      notify({ kind: 'error', text: `The story was not loaded: ${read.message}. The current story is kept.` });
      return;
    }
    const parsed = parseStoryText(read.text);
    if (!parsed.ok) {
      notify({ kind: 'error', text: `${file.name} is not a valid story; the current story is kept.`, details: parsed.problems.slice(0, 20).map((p) => `${p.where}: ${p.message}`) });
      return;
    }
    setStory(parsed.value);
    notify({ kind: 'info', text: `Loaded the story “${parsed.value.title}” with ${countOf(parsed.value.steps.length, 'step')}.` });
  };

  return (
    <>
    <LecturesPanel />
    <section className="story-panel" aria-labelledby="story-title">
      <h2 id="story-title">Your story</h2>
      <label className="stacked">
        Title
        <input type="text" value={story.title} maxLength={200} onChange={(e) => setStory({ ...story, title: e.target.value })} />
      </label>
      <form onSubmit={(e) => { e.preventDefault(); recordStoryStep(caption.trim()); setCaption(''); }} className="record">
        <label className="stacked">
          Caption of the next step
          <textarea value={caption} maxLength={MAX_CAPTION_LENGTH} rows={2} onChange={(e) => setCaption(e.target.value)} />
        </label>
        <button type="submit">Record current view</button>
      </form>
      <ol className="story-steps">
        {story.steps.map((step, i) => (
          <li key={i}>
            <textarea aria-label={`Caption of step ${i + 1}`} value={step.caption} rows={2} onChange={(e) => edit(i, e.target.value)} />
            <div className="step-actions">
              <button type="button" onClick={() => showStoryStep(i)}>Show</button>
              <button type="button" onClick={() => move(i, -1)} disabled={i === 0} aria-label={`Move step ${i + 1} up`}>↑</button>
              <button type="button" onClick={() => move(i, 1)} disabled={i === story.steps.length - 1} aria-label={`Move step ${i + 1} down`}>↓</button>
              <button type="button" onClick={() => remove(i)} aria-label={`Delete step ${i + 1}`}>Delete</button>
            </div>
          </li>
        ))}
      </ol>
      <div className="story-actions">
        <button type="button" disabled={!story.steps.length} onClick={() => startPresentation('story')}>Present story</button>
        <button type="button" disabled={!story.steps.length} onClick={() => saveFile(`${story.title.replace(/[^\w-]+/g, '-').slice(0, 60) || 'story'}.exonet-story.json`, serializeStory(story), 'application/json')}>Save story</button>
        <button type="button" onClick={() => fileInput.current?.click()}>Load story</button>
        <DeckButton story={story} label="Download your story as slides (PowerPoint)" />
        <input ref={fileInput} type="file" accept=".json,application/json" hidden aria-label="Story file" onChange={(e) => { void load(e.target.files?.[0]); e.target.value = ''; }} />
      </div>
      <p className="hint">Present: F. Next and previous step: → and ←. Leave: Esc.</p>
      <button type="button" className="link-button small" onClick={() => startPresentation('path')}>Present the highlighted path instead</button>
    </section>
    </>
  );
}
