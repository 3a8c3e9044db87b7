// The matrix as a PNG, drawn on a canvas element: title, rotated hallmark names, one row
// per protein with its cells (colour, symbol and fewest steps, as on screen), and a legend.

import { cellsByPair, pairKey } from '../../core/insight/causalMatrix';
import type { InsightMatrix } from '../../core/insight/insightTypes';
import type { Sign } from '../../core/model/types';
import { CELL_VISUALS, SIGN_LEGEND } from './cellVisual';

const CELL = 34;
const ROW = 24;
const PAD = 16;
const FONT = '13px Inter, "DejaVu Sans", Arial, sans-serif';
const BOLD = 'bold 16px Inter, "DejaVu Sans", Arial, sans-serif';
/** Pixels per CSS pixel, for a sharp picture on slides. */
const SCALE = 2;

export interface MatrixPictureInput {
  matrix: InsightMatrix;
  rows: readonly string[];
  label(id: string): string;
  title: string;
}

export function drawMatrixPicture({ matrix, rows, label, title }: MatrixPictureInput): HTMLCanvasElement {
  const canvas = document.createElement('canvas');
  const measure = canvas.getContext('2d')!;
  measure.font = FONT;
  const rowLabelWidth = Math.ceil(Math.max(120, ...rows.map((r) => measure.measureText(label(r)).width))) + 12;
  const headWidth = Math.ceil(Math.max(60, ...matrix.columns.map((c) => measure.measureText(label(c)).width)));
  const headHeight = Math.ceil(headWidth * Math.SQRT1_2) + 24;
  const gridWidth = matrix.columns.length * CELL;
  const legendHeight = SIGN_LEGEND.length * 20 + 28;
  const width = PAD * 2 + rowLabelWidth + gridWidth + Math.ceil(headWidth * Math.SQRT1_2);
  const height = PAD * 2 + 28 + headHeight + rows.length * ROW + legendHeight;
  canvas.width = width * SCALE;
  canvas.height = height * SCALE;
  const ctx = canvas.getContext('2d')!;
  ctx.scale(SCALE, SCALE);
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, width, height);
  ctx.fillStyle = '#111111';
  ctx.font = BOLD;
  ctx.textBaseline = 'top';
  ctx.fillText(title, PAD, PAD);

  const top = PAD + 28 + headHeight;
  const left = PAD + rowLabelWidth;
  ctx.font = FONT;
  ctx.textBaseline = 'middle';
  matrix.columns.forEach((c, j) => {
    ctx.save();
    ctx.translate(left + j * CELL + CELL / 2, top - 6);
    ctx.rotate(-Math.PI / 4);
    ctx.fillStyle = '#111111';
    ctx.fillText(label(c), 0, 0);
    ctx.restore();
  });

  const cells = cellsByPair(matrix);
  rows.forEach((row, i) => {
    const y = top + i * ROW;
    if (i % 2 === 1) {
      ctx.fillStyle = '#f3f3f1';
      ctx.fillRect(PAD, y, rowLabelWidth + gridWidth, ROW);
    }
    ctx.fillStyle = '#111111';
    ctx.textAlign = 'left';
    ctx.fillText(label(row), PAD + 4, y + ROW / 2);
    matrix.columns.forEach((column, j) => {
      const cell = cells.get(pairKey(row, column));
      const x = left + j * CELL;
      ctx.strokeStyle = '#d5d5d0';
      ctx.strokeRect(x + 0.5, y + 0.5, CELL, ROW);
      if (!cell) return;
      drawCell(ctx, x, y, cell.sign, cell.hops);
    });
  });

  let ly = top + rows.length * ROW + 18;
  ctx.textAlign = 'left';
  for (const { sign, text } of SIGN_LEGEND) {
    drawCell(ctx, PAD, ly - ROW / 2 + 2, sign, 2);
    ctx.fillStyle = '#111111';
    ctx.fillText(`${CELL_VISUALS[sign].word}: ${text}; the number is the fewest steps`, PAD + CELL + 8, ly + 2);
    ly += 20;
  }
  return canvas;
}

function drawCell(ctx: CanvasRenderingContext2D, x: number, y: number, sign: Sign, hops: number): void {
  const v = CELL_VISUALS[sign];
  ctx.fillStyle = v.color;
  ctx.fillRect(x + 2, y + 2, CELL - 3, ROW - 3);
  ctx.fillStyle = '#ffffff';
  ctx.textAlign = 'center';
  ctx.fillText(`${v.symbol}${hops}`, x + CELL / 2, y + ROW / 2 + 1);
  ctx.textAlign = 'left';
}

export function canvasToPngBlob(canvas: HTMLCanvasElement): Promise<Blob> {
  return new Promise((resolve, reject) => canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('the picture could not be encoded'))), 'image/png'));
}
