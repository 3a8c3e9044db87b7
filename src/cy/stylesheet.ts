// The canvas stylesheets, one per theme. Values come from element data through data(...)
// mappers and from classes, never from style functions, so cy.json() and the SVG/PNG
// exports keep them.

import type { StylesheetJson } from 'cytoscape';
import type { CanvasTheme } from '../core/view/canvasState';
import { THEME_EDGE_COLOURS, type PaletteTheme } from '../core/export/visualVocabulary';

export type { CanvasTheme };

interface ThemeColors {
  label: string;
  labelOutline: string;
  edgeLabel: string;
  highlight: string;
  background: string;
  labelScale: number;
  edgeWidth: number;
}

/** The palette each canvas theme draws with: the dark ones lighten the colours. */
export const PALETTE_OF: Readonly<Record<CanvasTheme, PaletteTheme>> = { light: 'light', dark: 'dark', projector: 'projector', 'projector-dark': 'dark' };

export const THEME_COLORS: Readonly<Record<CanvasTheme, ThemeColors>> = {
  light: { label: '#1a1a1a', labelOutline: '#ffffff', edgeLabel: '#333333', highlight: '#000000', background: '#ffffff', labelScale: 1, edgeWidth: 1.6 },
  dark: { label: '#f2f2f2', labelOutline: '#16181d', edgeLabel: '#d0d0d0', highlight: '#ffffff', background: '#16181d', labelScale: 1, edgeWidth: 1.6 },
  projector: { label: '#000000', labelOutline: '#ffffff', edgeLabel: '#000000', highlight: '#000000', background: '#ffffff', labelScale: 1.7, edgeWidth: 4 },
  'projector-dark': { label: '#ffffff', labelOutline: '#000000', edgeLabel: '#f2f2f2', highlight: '#ffffff', background: '#0b0c0f', labelScale: 1.7, edgeWidth: 4 },
};

function buildStylesheet(theme: CanvasTheme): StylesheetJson {
  const c = THEME_COLORS[theme];
  const w = c.edgeWidth;
  const palette = PALETTE_OF[theme];
  const edgeColours = THEME_EDGE_COLOURS[palette];
  return [
    {
      selector: 'node',
      style: {
        // Fills per theme from element data (a data() mapper survives cy.json()).
        'background-color': palette === 'dark' ? 'data(colorDark)' : 'data(color)',
        shape: 'data(shape)' as never,
        width: 'data(size)',
        height: 'data(size)',
        // Labels are placed by the label pass (cy/labels.ts), sized in screen pixels.
        label: '',
        'font-size': 12,
        'font-family': 'Inter, "DejaVu Sans", Arial, sans-serif',
        'font-weight': 600,
        color: c.label,
        'text-valign': 'bottom',
        'text-margin-y': 4,
        'text-outline-color': c.labelOutline,
        'text-outline-width': 2.5,
        'text-wrap': 'wrap',
        'text-max-width': '140px',
        'min-zoomed-font-size': 0,
        'border-width': 1.5,
        'border-color': c.labelOutline,
      },
    },
    { selector: 'node.type-hallmark', style: { 'font-weight': 800, 'border-width': 3, 'border-color': c.highlight } },
    {
      selector: 'edge',
      style: {
        width: w,
        'curve-style': 'bezier',
        'line-color': edgeColours.neutral,
        'target-arrow-color': edgeColours.neutral,
        'arrow-scale': theme === 'projector' ? 1.1 : 1,
        opacity: 0.75,
      },
    },
    {
      selector: 'edge.activation',
      style: { 'line-color': edgeColours.activation, 'target-arrow-color': edgeColours.activation, 'target-arrow-shape': 'triangle' },
    },
    {
      selector: 'edge.inhibition',
      style: { 'line-color': edgeColours.inhibition, 'target-arrow-color': edgeColours.inhibition, 'target-arrow-shape': 'tee', 'arrow-scale': 1.4 },
    },
    { selector: 'edge.neutral', style: { 'line-style': 'dashed', 'line-dash-pattern': [6, 4], 'target-arrow-shape': 'none' } },
    { selector: 'node.label-on', style: { label: 'data(label)', 'font-size': 'data(labelSize)', 'text-max-width': 'data(labelWidth)' as never, 'text-margin-y': 'data(labelGap)' as never } },
    {
      selector: 'edge.label-on',
      style: { label: 'data(label)', 'font-size': 'data(labelSize)', color: c.edgeLabel, 'text-outline-color': c.labelOutline, 'text-outline-width': 2, 'text-rotation': 'none', 'text-wrap': 'wrap', 'text-max-width': 'data(labelWidth)' as never },
    },
    { selector: 'node.mediator-sized', style: { width: 'data(mediatorSize)', height: 'data(mediatorSize)' } },
    { selector: '.hidden', style: { display: 'none' } },
    { selector: '.faded', style: { opacity: theme === 'projector' ? 0.07 : 0.12, 'text-opacity': 0 } },
    { selector: 'edge.faded', style: { opacity: theme === 'projector' ? 0.03 : 0.06 } },
    { selector: '.other-path', style: { opacity: 0.75 } },
    // Around the nodes a presented step is about, the rest stays as lighter context.
    { selector: '.step-context', style: { opacity: 0.55 } },
    { selector: 'edge.step-context', style: { opacity: 0.3 } },
    // Another path's edge may join two nodes of the chain that are not neighbours: it arcs over.
    { selector: 'edge.other-path', style: { 'curve-style': 'unbundled-bezier', 'control-point-distances': [-70] as never, 'control-point-weights': [0.5] as never } },
    { selector: 'node.focus-neighbour', style: { 'text-opacity': 1, 'min-zoomed-font-size': 0 } },
    { selector: 'edge.focus-neighbour', style: { opacity: 1, width: w * 1.8 } },
    { selector: 'node.selected', style: { 'border-width': 5, 'border-color': c.highlight, 'text-opacity': 1, 'z-index': 10 } },
    { selector: 'edge.selected', style: { width: w * 3, opacity: 1, 'z-index': 10 } },
    { selector: 'node.on-path', style: { 'border-width': 5, 'border-color': c.highlight, 'z-index': 20 } },
    { selector: 'edge.on-path', style: { width: w * 3.2, opacity: 1, 'z-index': 20 } },
    { selector: 'node.step-current', style: { 'border-width': 8, 'overlay-color': c.highlight, 'overlay-opacity': 0.12 } },
    { selector: 'edge.step-current', style: { width: w * 4.5 } },
    // Pictures for export: every included node labelled at its model size.
    { selector: 'node.export-label', style: { label: 'data(label)', 'font-size': `mapData(fontSize, 13, 44, ${13 * c.labelScale}, ${44 * c.labelScale})`, 'text-max-width': '140px', 'text-margin-y': 4, 'text-opacity': 1, 'min-zoomed-font-size': 9 } },
    { selector: 'node.type-hallmark.export-label', style: { 'text-max-width': '300px' } },
    { selector: 'edge.export-label.on-path', style: { label: 'data(label)', 'font-size': 11 * c.labelScale, 'text-max-width': '200px', color: c.edgeLabel, 'text-outline-color': c.labelOutline, 'text-rotation': 'none', 'text-wrap': 'wrap' } },
  ];
}

export const STYLESHEETS: Readonly<Record<CanvasTheme, StylesheetJson>> = {
  light: buildStylesheet('light'),
  dark: buildStylesheet('dark'),
  projector: buildStylesheet('projector'),
  'projector-dark': buildStylesheet('projector-dark'),
};
