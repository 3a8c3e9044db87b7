// Reading a story file. Never throws: the answer is a story or the list of what is wrong,
// and a refused file leaves the current story untouched (the caller keeps it).

import type { Problem, Result } from '../model/types';
import { isRecord, showValue } from '../model/validateEvidence';
import { decodeViewState } from '../view/urlState';
import { MAX_CAPTION_LENGTH, MAX_FRAME_IDS, MAX_NOTES_LENGTH, MAX_STORY_BYTES, MAX_STORY_STEPS, type Story, type StoryFrame, type StoryStep } from './story';

const SLUG = /^[a-z0-9][a-z0-9_-]{0,79}$/;

export function parseStoryText(text: string): Result<Story> {
  if (text.length > MAX_STORY_BYTES) return fail('file', `the file is larger than ${MAX_STORY_BYTES / 1024 / 1024} MB`);
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return fail('file', `not valid JSON: ${error instanceof Error ? error.message : String(error)}`);
  }
  return parseStoryValue(value);
}

function fail(where: string, message: string): Result<Story> {
  return { ok: false, problems: [{ where, message }] };
}

function parseViewport(value: unknown, where: string, problems: Problem[]): StoryStep['viewport'] {
  if (value === undefined) return undefined;
  const ok =
    isRecord(value) && typeof value.zoom === 'number' && Number.isFinite(value.zoom) && value.zoom > 0 && value.zoom <= 100 &&
    isRecord(value.pan) && Number.isFinite(value.pan.x) && Number.isFinite(value.pan.y);
  if (!ok) {
    problems.push({ where, message: 'viewport needs a zoom (0 to 100) and a pan {x, y} of finite numbers' });
    return undefined;
  }
  const v = value as { zoom: number; pan: { x: number; y: number } };
  return { zoom: v.zoom, pan: { x: v.pan.x, y: v.pan.y } };
}

function parseFrame(value: unknown, where: string, problems: Problem[]): StoryFrame | undefined {
  if (value === undefined) return undefined;
  if (!isRecord(value)) {
    problems.push({ where, message: 'frame must be an object with lists "nodes" and "edges" of ids' });
    return undefined;
  }
  const frame: StoryFrame = {};
  for (const key of Object.keys(value)) {
    if (key !== 'nodes' && key !== 'edges') problems.push({ where: `${where}.${key.slice(0, 40)}`, message: 'unknown key (expected "nodes" or "edges")' });
  }
  for (const key of ['nodes', 'edges'] as const) {
    const ids = value[key];
    if (ids === undefined) continue;
    if (!Array.isArray(ids) || ids.length > MAX_FRAME_IDS || ids.some((id) => typeof id !== 'string' || id.length === 0 || id.length > 200)) {
      problems.push({ where: `${where}.${key}`, message: `${key} must be a list of at most ${MAX_FRAME_IDS} ids` });
      continue;
    }
    frame[key] = [...new Set(ids as string[])];
  }
  return frame;
}

function optionalSlug(value: unknown, where: string, problems: Problem[]): string | undefined {
  if (value === undefined) return undefined;
  if (typeof value === 'string' && SLUG.test(value)) return value;
  problems.push({ where, message: `${showValue(value)} is not a slug (lowercase letters, digits, "-" or "_")` });
  return undefined;
}

export function parseStoryValue(value: unknown): Result<Story> {
  if (!isRecord(value)) return fail('file', 'a story must be a JSON object');
  const problems: Problem[] = [];
  if (value.format !== 'exonet-story') problems.push({ where: 'format', message: `format must be "exonet-story", not ${showValue(value.format)}` });
  if (value.version !== 1) problems.push({ where: 'version', message: 'version must be 1' });
  const title = typeof value.title === 'string' ? value.title.slice(0, 200) : '';
  const id = optionalSlug(value.id, 'id', problems);
  const section = optionalSlug(value.section, 'section', problems);
  if (value.title !== undefined && typeof value.title !== 'string') problems.push({ where: 'title', message: 'title must be a text' });
  if (!Array.isArray(value.steps)) {
    problems.push({ where: 'steps', message: 'steps must be a list' });
    return { ok: false, problems };
  }
  if (value.steps.length > MAX_STORY_STEPS) problems.push({ where: 'steps', message: `at most ${MAX_STORY_STEPS} steps` });
  const steps: StoryStep[] = [];
  value.steps.slice(0, MAX_STORY_STEPS).forEach((step, i) => {
    const where = `steps[${i}]`;
    if (!isRecord(step)) {
      problems.push({ where, message: 'a step must be an object' });
      return;
    }
    if (typeof step.caption !== 'string' || step.caption.length > MAX_CAPTION_LENGTH) {
      problems.push({ where: `${where}.caption`, message: `caption must be a text of at most ${MAX_CAPTION_LENGTH} characters` });
    }
    if (typeof step.view !== 'string') {
      problems.push({ where: `${where}.view`, message: 'view must be the text of a view (URL parameters)' });
    } else {
      const decoded = decodeViewState(step.view);
      if (!decoded.ok) for (const p of decoded.problems.slice(0, 3)) problems.push({ where: `${where}.view.${p.where}`, message: p.message });
    }
    const viewport = parseViewport(step.viewport, `${where}.viewport`, problems);
    if (step.notes !== undefined && (typeof step.notes !== 'string' || step.notes.length > MAX_NOTES_LENGTH)) {
      problems.push({ where: `${where}.notes`, message: `notes must be a text of at most ${MAX_NOTES_LENGTH} characters` });
    }
    const notes = typeof step.notes === 'string' && step.notes.length <= MAX_NOTES_LENGTH ? step.notes : undefined;
    const frame = parseFrame(step.frame, `${where}.frame`, problems);
    steps.push({
      caption: typeof step.caption === 'string' ? step.caption : '',
      view: typeof step.view === 'string' ? step.view : '',
      ...(viewport ? { viewport } : {}),
      ...(notes ? { notes } : {}),
      ...(frame ? { frame } : {}),
    });
  });
  if (problems.length) return { ok: false, problems };
  return { ok: true, value: { format: 'exonet-story', version: 1, ...(id ? { id } : {}), ...(section ? { section } : {}), title, steps } };
}

export function serializeStory(story: Story): string {
  return `${JSON.stringify(story, null, 2)}\n`;
}
