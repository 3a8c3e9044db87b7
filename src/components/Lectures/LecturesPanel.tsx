// The lecture library: the built-in stories that walk through the review (one per section,
// figure and table), loaded on demand. Each can be presented at once, or copied into the
// user's own story to edit; a link (`?story=ID&step=N`) opens a slide directly.

import { useEffect, useState } from 'react';
import { sectionTitle } from '../../core/model/sections';
import type { Story } from '../../core/story/story';
import { countOf } from '../../core/words/phrases';
import { loadBuiltInStories } from '../../data/builtInStories';
import { presentLecture } from '../../state/presentationActions';
import { useAppStore } from '../../state/store';
import { DeckButton } from './DeckButton';

export function LecturesPanel() {
  const graph = useAppStore((s) => s.graph);
  const setStory = useAppStore((s) => s.setStory);
  const notify = useAppStore((s) => s.notify);
  const [lectures, setLectures] = useState<Story[] | null>(null);

  useEffect(() => {
    let live = true;
    void loadBuiltInStories().then((loaded) => {
      if (!live) return;
      setLectures(loaded.stories);
      if (loaded.problems.length) notify({ kind: 'error', text: 'Some built-in lectures could not be read.', details: loaded.problems.slice(0, 5) });
    });
    return () => {
      live = false;
    };
  }, [notify]);

  const copy = (lecture: Story) => {
    const { id: _id, ...rest } = lecture;
    void _id;
    setStory({ ...rest, title: `${lecture.title} (copy)` });
    notify({ kind: 'info', text: `Copied “${lecture.title}” into your story: edit it below.` });
  };

  return (
    <section className="lectures" aria-labelledby="lectures-title">
      <h2 id="lectures-title">Lectures</h2>
      {lectures === null ? (
        <p className="hint">Loading the lectures…</p>
      ) : (
        <ul className="lecture-list">
          {lectures.map((lecture) => (
            <li key={lecture.id ?? lecture.title}>
              <p className="lecture-title">{lecture.title}</p>
              <p className="meta">
                {countOf(lecture.steps.length, 'step')}
                {lecture.section ? ` · ${sectionTitle(graph, lecture.section)}` : ''}
              </p>
              <div className="step-actions">
                <button type="button" onClick={() => presentLecture(lecture)} aria-label={`Present the lecture ${lecture.title}`}>Present</button>
                <button type="button" onClick={() => copy(lecture)} aria-label={`Copy the lecture ${lecture.title} into your story`}>Copy to my story</button>
                <DeckButton story={lecture} label={`Download the lecture ${lecture.title} as slides (PowerPoint)`} />
              </div>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
