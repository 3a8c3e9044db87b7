// Requests to the canvas (fit, centre on a node, show a saved viewport, run a layout) as
// data with a sequence number, and what the canvas reports back: its viewport and the
// layout it has finished. Nothing here touches the canvas.

import type { StateCreator } from 'zustand';
import type { CanvasRequest, Insets, LayoutName, LayoutRequest, Viewport } from '../../core/view/canvasState';
import type { AppState } from '../store';

export type LayoutStatus = 'precomputed' | LayoutName | 'running';

export interface CanvasData {
  canvasRequest: CanvasRequest | null;
  layoutRequest: LayoutRequest | null;
  /** The canvas's viewport as it last reported it; null before it has. */
  viewport: Viewport | null;
  /** The layout the canvas shows: the shipped positions, or one run on demand. */
  layout: LayoutStatus;
  /** 'focus': a narrowed view (a path, a small filtered set) is laid out for reading; 'map': the whole map stays. */
  focusMode: 'focus' | 'map';
  /** Screen space each overlay covers, by overlay name. */
  overlayInsets: Readonly<Record<string, Insets>>;
}

export interface CanvasActions {
  requestFit(): void;
  requestCentre(id: string): void;
  requestViewport(viewport: Viewport): void;
  /** Frames these nodes and edges, with the visible neighbours of the node `around`. */
  requestFrameIds(ids: readonly string[], around: string | null): void;
  requestLayout(name: LayoutName): void;
  /** Called by the canvas when a requested layout has finished. */
  layoutFinished(name: LayoutName): void;
  /** Called by the canvas when the user or an animation has moved the viewport. */
  viewportChanged(viewport: Viewport): void;
  setFocusMode(mode: 'focus' | 'map'): void;
  /** An overlay reports the space it covers (null: it is gone). */
  setOverlayInset(name: string, insets: Insets | null): void;
}

export type CanvasSlice = CanvasData & CanvasActions;

const nextSeq = (r: { seq: number } | null) => (r?.seq ?? 0) + 1;

/** The request that centres on a node, for other slices' actions. */
export const centreRequest = (s: AppState, id: string): CanvasRequest => ({ seq: nextSeq(s.canvasRequest), kind: 'centre', id });

/** The request that frames a node with its neighbours, for other slices' actions. */
export const frameNodeRequest = (s: AppState, id: string): CanvasRequest => ({ seq: nextSeq(s.canvasRequest), kind: 'frame-node', id });

const sameInsets = (a: Insets | undefined, b: Insets) => !!a && a.top === b.top && a.right === b.right && a.bottom === b.bottom && a.left === b.left;

export const createCanvasSlice: StateCreator<AppState, [], [], CanvasSlice> = (set) => ({
  canvasRequest: null,
  layoutRequest: null,
  viewport: null,
  layout: 'precomputed',
  focusMode: 'focus',
  overlayInsets: {},
  requestFit: () => set((s) => ({ canvasRequest: { seq: nextSeq(s.canvasRequest), kind: 'fit' } })),
  requestCentre: (id) => set((s) => ({ canvasRequest: centreRequest(s, id) })),
  requestViewport: (viewport) => set((s) => ({ canvasRequest: { seq: nextSeq(s.canvasRequest), kind: 'viewport', viewport } })),
  requestFrameIds: (ids, around) => set((s) => ({ canvasRequest: { seq: nextSeq(s.canvasRequest), kind: 'frame-ids', ids: [...ids], around } })),
  requestLayout: (name) => set((s) => ({ layoutRequest: { seq: nextSeq(s.layoutRequest), name }, layout: 'running' })),
  layoutFinished: (layout) => set({ layout }),
  viewportChanged: (viewport) => set({ viewport }),
  setFocusMode: (focusMode) => set({ focusMode }),
  setOverlayInset: (name, insets) =>
    set((s) => {
      if (insets === null) {
        if (!(name in s.overlayInsets)) return {};
        const rest = { ...s.overlayInsets };
        delete rest[name];
        return { overlayInsets: rest };
      }
      return sameInsets(s.overlayInsets[name], insets) ? {} : { overlayInsets: { ...s.overlayInsets, [name]: insets } };
    }),
});
