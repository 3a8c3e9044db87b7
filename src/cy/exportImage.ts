// PNG and SVG pictures of (part of) the canvas, with an optional caption under the graph.
// Browsers cap a canvas's size, so a large PNG is scaled down to what can be drawn and the
// caller is told; an empty image is never handed over.

import type { Core } from 'cytoscape';
import svgExtension from 'cytoscape-svg';
import cytoscape from 'cytoscape';
import type { Caption } from '../core/export/caption';
import { captionHeight, fitScale, MAX_CANVAS_SIDE } from '../core/export/imageSize';
import { STYLESHEETS, THEME_COLORS, type CanvasTheme } from './stylesheet';

export type Background = 'white' | 'dark' | 'transparent';

export interface ImageOptions {
  /** Element ids to include; undefined: every visible element. */
  include?: { nodes: string[]; edges: string[] };
  scale: number;
  background: Background;
  caption?: Caption;
  /** Node ids of a path: drawn in a row, left to right, for a slide-ready picture. */
  chain?: string[];
}

export interface ImageResult {
  blob: Blob;
  width: number;
  height: number;
  /** Set when the picture was drawn smaller than asked. */
  clampedScale?: number;
}


/** Spacing of a path drawn as a chain, and the vertical offset of every other node. */
const CHAIN_SPACING = 260;
const CHAIN_STAGGER = 70;

let svgRegistered = false;
function registerSvg(): void {
  if (!svgRegistered) {
    cytoscape.use(svgExtension);
    svgRegistered = true;
  }
}

const BG: Record<Background, string | undefined> = { white: '#ffffff', dark: THEME_COLORS.dark.background, transparent: undefined };

/** Runs `draw` with only the included elements shown, unfaded, in the background's theme. */
async function withExportView<T>(cy: Core, options: ImageOptions, currentTheme: CanvasTheme, draw: () => Promise<T> | T): Promise<T> {
  const hidden = cy.collection();
  const faded = cy.elements('.faded');
  cy.batch(() => {
    if (options.include) {
      const keep = new Set([...options.include.nodes, ...options.include.edges]);
      cy.elements().forEach((el) => {
        if (!keep.has(el.id()) && !el.hasClass('hidden')) hidden.merge(el);
      });
      hidden.addClass('hidden');
    }
    faded.removeClass('faded');
    cy.elements().addClass('export-label');
  });
  const saved = new Map<string, { x: number; y: number }>();
  if (options.chain?.length) {
    options.chain.forEach((id, i) => {
      const node = cy.getElementById(id);
      if (node.empty()) return;
      saved.set(id, { ...node.position() });
      node.position({ x: i * CHAIN_SPACING, y: i % 2 === 0 ? 0 : CHAIN_STAGGER });
    });
  }
  const exportTheme: CanvasTheme = options.background === 'dark' ? 'dark' : currentTheme === 'projector' ? 'projector' : 'light';
  if (exportTheme !== currentTheme) cy.style(STYLESHEETS[exportTheme]);
  try {
    return await draw();
  } finally {
    if (exportTheme !== currentTheme) cy.style(STYLESHEETS[currentTheme]);
    for (const [id, position] of saved) cy.getElementById(id).position(position);
    cy.batch(() => {
      cy.elements().removeClass('export-label');
      hidden.removeClass('hidden');
      faded.addClass('faded');
    });
  }
}


const TITLE_FONT = (unit: number) => `700 ${20 * unit}px "DejaVu Sans", Arial, sans-serif`;
const LINE_FONT = (unit: number) => `${13 * unit}px "DejaVu Sans", Arial, sans-serif`;

/** The width the caption needs, so that the picture is widened rather than the text squeezed. */
function captionWidth(caption: Caption | undefined, unit: number): number {
  if (!caption) return 0;
  const ctx = document.createElement('canvas').getContext('2d');
  if (!ctx) return 0;
  ctx.font = TITLE_FONT(unit);
  let width = ctx.measureText(caption.title).width;
  ctx.font = LINE_FONT(unit);
  for (const line of caption.lines) width = Math.max(width, ctx.measureText(line).width);
  return Math.ceil(width + 32 * unit);
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

export async function exportPng(cy: Core, options: ImageOptions, theme: CanvasTheme): Promise<ImageResult> {
  return withExportView(cy, options, theme, async () => {
    const box = cy.elements().not('.hidden').boundingBox();
    if (!Number.isFinite(box.w) || box.w <= 0) throw new Error('there is nothing visible to draw');
    const scale = fitScale(box.w + 60, box.h + 60, options.scale, options.caption);
    const graphBlob = (await cy.png({ output: 'blob-promise', full: true, scale, bg: BG[options.background] })) as Blob;
    if (!graphBlob || graphBlob.size === 0) throw new Error('the browser could not draw the picture');
    const bitmap = await createImageBitmap(graphBlob);
    const width = Math.min(MAX_CANVAS_SIDE, Math.round(Math.max(bitmap.width, captionWidth(options.caption, scale))));
    const height = bitmap.height + captionHeight(options.caption, scale);
    const canvas = document.createElement('canvas');
    canvas.width = width;
    canvas.height = height;
    const ctx = canvas.getContext('2d');
    if (!ctx) throw new Error('the browser could not draw the picture');
    const bg = BG[options.background];
    if (bg) {
      ctx.fillStyle = bg;
      ctx.fillRect(0, 0, width, height);
    }
    ctx.drawImage(bitmap, Math.round((width - bitmap.width) / 2), 0);
    if (options.caption) drawCaption(ctx, options.caption, bitmap.height, width, scale, options.background === 'dark');
    const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
    if (!blob || blob.size === 0) throw new Error(`the browser could not draw a picture of ${width}×${height} pixels`);
    return { blob, width, height, ...(scale < options.scale ? { clampedScale: Math.round(scale * 100) / 100 } : {}) };
  });
}

function appendSvgCaption(svgText: string, caption: Caption, dark: boolean, background: string | undefined): string {
  const doc = new DOMParser().parseFromString(svgText, 'image/svg+xml');
  const svg = doc.documentElement;
  const ns = 'http://www.w3.org/2000/svg';
  // No text measurement outside a canvas: an estimate of 0.62 em per character is generous for DejaVu Sans.
  const longest = Math.max(caption.title.length * 20, ...caption.lines.map((l) => l.length * 13)) * 0.62;
  const width = Math.ceil(Math.max(Number.parseFloat(svg.getAttribute('width') ?? '0'), longest + 32));
  const height = Number.parseFloat(svg.getAttribute('height') ?? '0');
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

export async function exportSvg(cy: Core, options: ImageOptions, theme: CanvasTheme): Promise<ImageResult> {
  registerSvg();
  return withExportView(cy, options, theme, () => {
    const text = (cy as unknown as { svg(o: object): string }).svg({ full: true, scale: options.scale, bg: BG[options.background] });
    if (!text || !text.includes('<svg')) throw new Error('the browser could not draw the picture');
    const svgText = options.caption ? appendSvgCaption(text, options.caption, options.background === 'dark', BG[options.background]) : text;
    const size = /width="([\d.]+)"[^>]*height="([\d.]+)"/.exec(svgText);
    return { blob: new Blob([svgText], { type: 'image/svg+xml' }), width: Number(size?.[1] ?? 0), height: Number(size?.[2] ?? 0) };
  });
}
