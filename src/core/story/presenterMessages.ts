// The messages between the presenting window and the presenter view (a second window on
// the same origin, joined by a BroadcastChannel). Pure: the app sends and receives them;
// anything received is checked here first, since another tab could post anything.

export const PRESENTER_CHANNEL = 'exonet-presenter';

const PAIR = /^[a-z0-9]{6,32}$/;

/** The channel of one presenting window and its presenter view: the pair id keeps two
 * explorer tabs from steering each other. Null for an id that is not one of ours. */
export function presenterChannelName(pair: string | null): string | null {
  return pair !== null && PAIR.test(pair) ? `${PRESENTER_CHANNEL}:${pair}` : null;
}

/** What the presenter view shows: the current step with its notes, and the next caption. */
export interface PresenterState {
  type: 'state';
  presenting: boolean;
  title: string;
  /** 0-based index of the current step; `count` steps in all. */
  index: number;
  count: number;
  caption: string;
  notes: string;
  nextCaption: string | null;
  /** When presenting started (ms since the epoch), for the presenter's timer. */
  startedAt: number;
}

export type PresenterMessage =
  | PresenterState
  /** The presenter view asks the presenting window to move one step. */
  | { type: 'step'; delta: 1 | -1 }
  /** The presenter view has opened and wants the current state. */
  | { type: 'hello' }
  /** The presenter view asks the presenting window to leave presentation (Esc). */
  | { type: 'leave' }
  /** The presenting window is closing or reloading. */
  | { type: 'closed' };

const MAX_TEXT = 5000;

function text(value: unknown): value is string {
  return typeof value === 'string' && value.length <= MAX_TEXT;
}

function count(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= 0 && value <= 100_000;
}

/** The message if `data` is a well-formed one, else null. */
export function parsePresenterMessage(data: unknown): PresenterMessage | null {
  if (typeof data !== 'object' || data === null) return null;
  const m = data as Record<string, unknown>;
  if (m.type === 'hello' || m.type === 'leave' || m.type === 'closed') return { type: m.type };
  if (m.type === 'step') return m.delta === 1 || m.delta === -1 ? { type: 'step', delta: m.delta } : null;
  if (m.type !== 'state') return null;
  const ok =
    typeof m.presenting === 'boolean' && text(m.title) && count(m.index) && count(m.count) && text(m.caption) && text(m.notes) &&
    (m.nextCaption === null || text(m.nextCaption)) && typeof m.startedAt === 'number' && Number.isFinite(m.startedAt);
  if (!ok) return null;
  return {
    type: 'state', presenting: m.presenting as boolean, title: m.title as string, index: m.index as number, count: m.count as number,
    caption: m.caption as string, notes: m.notes as string, nextCaption: m.nextCaption as string | null, startedAt: m.startedAt as number,
  };
}

/** "12:05" for a number of seconds (hours roll into minutes). */
export function formatElapsed(seconds: number): string {
  const s = Math.max(0, Math.floor(seconds));
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`;
}
