// PNG and SVG pictures: of the current view as on screen, or of a subgraph (whole graph,
// visible, selection, path) drawn for a slide in a private instance (exportInstance.ts),
// with an optional caption under the graph. Browsers cap a canvas's size, so a large PNG is
// scaled down to what can be drawn and the caller is told; an empty image is never handed over.

import type { Core } from 'cytoscape';
import svgExtension from 'cytoscape-svg';
import cytoscape from 'cytoscape';
import type { Caption } from '../core/export/caption';
import { captionHeight, fitScale, MAX_CANVAS_SIDE } from '../core/export/imageSize';
import { createExportInstance, type ExportInstance } from './exportInstance';
import { THEME_COLORS, type CanvasTheme } from './stylesheet';
import { applySvgSafeShapes } from './svgShapes';

export type Background = 'white' | 'dark' | 'transparent';

export interface ImageOptions {
  /**
   * The elements to draw, for a slide; undefined: the current view, as on screen (the
   * canvas's viewport, highlight and fading included).
   */
  include?: { nodes: readonly string[]; edges: readonly string[] };
  /** Picture pixels per screen pixel (current view) or per model unit (subgraph). */
  scale: number;
  background: Background;
  caption?: Caption;
  /** Node ids of a path: drawn in a row, left to right, for a slide-ready picture. */
  chain?: readonly string[];
  /** The largest drawing at 1× (before `scale`), for a subgraph; undefined: no cap. */
  maxSize?: { width: number; height: number };
}

export interface ImageResult {
  blob: Blob;
  width: number;
  height: number;
  /** Set when the picture was drawn smaller than asked. */
  clampedScale?: number;
}

let svgRegistered = false;
function registerSvg(): void {
  if (!svgRegistered) {
    cytoscape.use(svgExtension);
    svgRegistered = true;
  }
}

const BG: Record<Background, string | undefined> = { white: '#ffffff', dark: THEME_COLORS.dark.background, transparent: undefined };

function exportTheme(background: Background, current: CanvasTheme): CanvasTheme {
  return background === 'dark' ? 'dark' : current === 'projector' ? 'projector' : 'light';
}

/** The instance to draw from: the live canvas (current view) or a private copy of a subgraph. */
function pictureSource(live: Core, options: ImageOptions, theme: CanvasTheme, vector: boolean): ExportInstance {
  if (!options.include) {
    return { cy: live, width: live.width(), height: live.height(), dispose: () => undefined };
  }
  if (!options.include.nodes.length) throw new Error('there is nothing visible to draw');
  return createExportInstance(live, {
    nodes: options.include.nodes,
    edges: options.include.edges,
    theme: exportTheme(options.background, theme),
    ...(options.chain ? { chain: options.chain } : {}),
    ...(options.maxSize ? { maxSize: options.maxSize } : {}),
    allLabels: vector,
  });
}

/**
 * Picture size as max dimensions rather than a scale: Cytoscape multiplies a scale by the
 * screen's pixel ratio, so "1×" would be 2× on a high-density screen; max dimensions are exact.
 */
function exactSize(source: ExportInstance, scale: number) {
  // The width alone sets the scale (the height follows). The canvas is cut to whole pixels
  // after float arithmetic: +0.4 keeps 1920 from becoming 1919.
  return { maxWidth: Math.max(1, Math.round(source.width * scale)) + 0.4 };
}

const TITLE_FONT = (unit: number) => `700 ${20 * unit}px "DejaVu Sans", Arial, sans-serif`;
const LINE_FONT = (unit: number) => `${13 * unit}px "DejaVu Sans", Arial, sans-serif`;

/** The width the caption needs on one line per entry. */
function captionWidth(ctx: CanvasRenderingContext2D, caption: Caption, unit: number): number {
  ctx.font = TITLE_FONT(unit);
  let width = ctx.measureText(caption.title).width;
  ctx.font = LINE_FONT(unit);
  for (const line of caption.lines) width = Math.max(width, ctx.measureText(line).width);
  return Math.ceil(width + 32 * unit);
}

/** Breaks text into lines at spaces, each as long as `fits` allows (a lone long word stays whole). */
function wrapWords(text: string, fits: (line: string) => boolean): string[] {
  const out: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    const next = line ? `${line} ${word}` : word;
    if (line && !fits(next)) {
      out.push(line);
      line = word;
    } else {
      line = next;
    }
  }
  if (line) out.push(line);
  return out;
}

/** Breaks text into lines no wider than `width` at its font. */
function wrap(ctx: CanvasRenderingContext2D, text: string, width: number): string[] {
  return wrapWords(text, (line) => ctx.measureText(line).width <= width);
}

/** The caption wrapped to the picture's width: as many lines as it takes, never squeezed. */
function wrapCaption(ctx: CanvasRenderingContext2D, caption: Caption, width: number, unit: number): Caption {
  const inner = width - 32 * unit;
  ctx.font = TITLE_FONT(unit);
  const [title, ...more] = wrap(ctx, caption.title, inner);
  ctx.font = LINE_FONT(unit);
  return { title: title ?? '', lines: [...more, ...caption.lines.flatMap((l) => wrap(ctx, l, inner))] };
}

function drawCaption(ctx: CanvasRenderingContext2D, caption: Caption, top: number, width: number, unit: number, dark: boolean): void {
  ctx.fillStyle = dark ? '#f2f2f2' : '#111111';
  ctx.textBaseline = 'top';
  const margin = 16 * unit;
  ctx.font = TITLE_FONT(unit);
  ctx.fillText(caption.title, margin, top + 12 * unit, width - 2 * margin);
  ctx.font = LINE_FONT(unit);
  caption.lines.forEach((line, i) => ctx.fillText(line, margin, top + (44 + i * 17) * unit, width - 2 * margin));
}

/** A subgraph picture may widen for its caption, up to a slide; the current view keeps its width. */
const MAX_CAPTION_WIDEN = 1600;

export async function exportPng(live: Core, options: ImageOptions, theme: CanvasTheme): Promise<ImageResult> {
  const source = pictureSource(live, options, theme, false);
  try {
    const scale = fitScale(source.width, source.height, options.scale, options.caption);
    const graphBlob = (await source.cy.png({ output: 'blob-promise', full: false, ...exactSize(source, scale), bg: BG[options.background] })) as Blob;
    if (!graphBlob || graphBlob.size === 0) throw new Error('the browser could not draw the picture');
    const bitmap = await createImageBitmap(graphBlob);
    const canvas = document.createElement('canvas');
    const ctx = canvas.getContext('2d');
    if (!ctx) throw new Error('the browser could not draw the picture');
    const wanted = options.caption && options.include ? Math.min(captionWidth(ctx, options.caption, scale), MAX_CAPTION_WIDEN * scale) : 0;
    const width = Math.min(MAX_CANVAS_SIDE, Math.round(Math.max(bitmap.width, wanted)));
    const caption = options.caption ? wrapCaption(ctx, options.caption, width, scale) : undefined;
    const height = bitmap.height + captionHeight(caption, scale);
    canvas.width = width;
    canvas.height = height;
    const bg = BG[options.background];
    if (bg) {
      ctx.fillStyle = bg;
      ctx.fillRect(0, 0, width, height);
    }
    ctx.drawImage(bitmap, Math.round((width - bitmap.width) / 2), 0);
    if (caption) drawCaption(ctx, caption, bitmap.height, width, scale, options.background === 'dark');
    const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
    if (!blob || blob.size === 0) throw new Error(`the browser could not draw a picture of ${width}×${height} pixels`);
    return { blob, width, height, ...(scale < options.scale ? { clampedScale: Math.round(scale * 100) / 100 } : {}) };
  } finally {
    source.dispose();
  }
}

/** Breaks text into lines of at most `max` characters, at spaces where possible. */
function wrapByLength(text: string, max: number): string[] {
  return wrapWords(text, (line) => line.length <= max);
}

function appendSvgCaption(svgText: string, caption: Caption, dark: boolean, background: string | undefined): string {
  const doc = new DOMParser().parseFromString(svgText, 'image/svg+xml');
  const svg = doc.documentElement;
  const ns = 'http://www.w3.org/2000/svg';
  // The caption wraps to the drawing's width (at least a narrow slide's), so that no blank
  // band opens beside the graph. Without a canvas to measure text, 0.62 em per character is
  // a generous estimate for DejaVu Sans.
  const width = Math.ceil(Math.max(Number.parseFloat(svg.getAttribute('width') ?? '0'), 640));
  const height = Math.ceil(Number.parseFloat(svg.getAttribute('height') ?? '0'));
  const perLine = (size: number) => Math.max(20, Math.floor((width - 32) / (size * 0.62)));
  const [title, ...more] = wrapByLength(caption.title, perLine(20));
  caption = { title: title ?? '', lines: [...more, ...caption.lines.flatMap((l) => wrapByLength(l, perLine(13)))] };
  const extra = captionHeight(caption, 1);
  svg.setAttribute('width', String(width));
  svg.setAttribute('height', String(height + extra));
  svg.setAttribute('viewBox', `0 0 ${width} ${height + extra}`);
  if (background) {
    const rect = doc.createElementNS(ns, 'rect');
    for (const [k, v] of Object.entries({ x: '0', y: '0', width: String(width), height: String(height + extra), fill: background })) rect.setAttribute(k, v);
    svg.insertBefore(rect, svg.firstChild);
  }
  const g = doc.createElementNS(ns, 'g');
  g.setAttribute('font-family', 'DejaVu Sans, Arial, sans-serif');
  g.setAttribute('fill', dark ? '#f2f2f2' : '#111111');
  const text = (content: string, y: number, size: number, weight: string) => {
    const t = doc.createElementNS(ns, 'text');
    t.setAttribute('x', '16');
    t.setAttribute('y', String(y));
    t.setAttribute('font-size', String(size));
    t.setAttribute('font-weight', weight);
    t.textContent = content;
    g.appendChild(t);
  };
  text(caption.title, height + 30, 20, '700');
  caption.lines.forEach((line, i) => text(line, height + 58 + i * 17, 13, '400'));
  svg.appendChild(g);
  return new XMLSerializer().serializeToString(doc);
}

export async function exportSvg(live: Core, options: ImageOptions, theme: CanvasTheme): Promise<ImageResult> {
  registerSvg();
  const source = pictureSource(live, options, theme, true);
  const restoreShapes = applySvgSafeShapes(source.cy);
  try {
    const text = (source.cy as unknown as { svg(o: object): string }).svg({ full: false, ...exactSize(source, options.scale), bg: BG[options.background] });
    if (!text || !text.includes('<svg')) throw new Error('the browser could not draw the picture');
    const svgText = options.caption ? appendSvgCaption(text, options.caption, options.background === 'dark', BG[options.background]) : text;
    const size = /width="([\d.]+)"[^>]*height="([\d.]+)"/.exec(svgText);
    return { blob: new Blob([svgText], { type: 'image/svg+xml' }), width: Number(size?.[1] ?? 0), height: Number(size?.[2] ?? 0) };
  } finally {
    restoreShapes();
    source.dispose();
  }
}
