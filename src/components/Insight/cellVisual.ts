// How a matrix cell shows its net sign: a colour, a symbol (so colour is never the only
// cue) and a word for screen readers and tooltips. Colours are the edge colours of the map.

import { SIGN_WORDS } from '../../core/insight/matrixCsv';
import { SIGN_VISUALS } from '../../core/export/visualVocabulary';
import type { Sign } from '../../core/model/types';

export interface CellVisual {
  symbol: string;
  word: string;
  color: string;
  className: string;
}

export const CELL_VISUALS: Readonly<Record<Sign, CellVisual>> = {
  1: { symbol: '▲', word: SIGN_WORDS[1], color: SIGN_VISUALS.activation.color, className: 'sign-promotes' },
  [-1]: { symbol: '▼', word: SIGN_WORDS[-1], color: SIGN_VISUALS.inhibition.color, className: 'sign-suppresses' },
  0: { symbol: '◆', word: SIGN_WORDS[0], color: '#6b6b6b', className: 'sign-mixed' },
} as Record<Sign, CellVisual>;

export const SIGN_LEGEND: ReadonlyArray<{ sign: Sign; text: string }> = [
  { sign: 1, text: 'every shortest causal path promotes' },
  { sign: -1, text: 'every shortest causal path suppresses' },
  { sign: 0, text: 'the shortest paths differ (or a step has conflicting evidence)' },
];

export const steps = (n: number) => `${n} ${n === 1 ? 'step' : 'steps'}`;
