// The application store, composed from one slice per concern (zustand's slices pattern).

import { create } from 'zustand';
import { createCanvasSlice, type CanvasSlice } from './slices/canvasSlice';
import { createFilterSlice, type FilterSlice } from './slices/filterSlice';
import { createGraphSlice, type GraphSlice } from './slices/graphSlice';
import { createInsightSlice, type InsightSlice } from './slices/insightSlice';
import { createLayoutJobSlice, type LayoutJobSlice } from './slices/layoutJobSlice';
import { createMainViewSlice, type MainViewSlice } from './slices/mainViewSlice';
import { createPathSlice, type PathSlice } from './slices/pathSlice';
import { createPresentationSlice, type PresentationSlice } from './slices/presentationSlice';
import { createSelectionSlice, type SelectionSlice } from './slices/selectionSlice';
import { createUiSlice, type UiSlice } from './slices/uiSlice';

export type AppState = GraphSlice & FilterSlice & SelectionSlice & PathSlice & PresentationSlice & UiSlice & CanvasSlice & InsightSlice & MainViewSlice & LayoutJobSlice;

export const createAppStore = () =>
  create<AppState>()((...a) => ({
    ...createGraphSlice(...a),
    ...createFilterSlice(...a),
    ...createSelectionSlice(...a),
    ...createPathSlice(...a),
    ...createPresentationSlice(...a),
    ...createUiSlice(...a),
    ...createCanvasSlice(...a),
    ...createInsightSlice(...a),
    ...createMainViewSlice(...a),
    ...createLayoutJobSlice(...a),
  }));

export const useAppStore = createAppStore();
