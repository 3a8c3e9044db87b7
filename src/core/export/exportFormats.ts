// The registry of data export formats that the app's export panel and the CLI's
// `export --format` share: a name, a label, a file extension, a MIME type and the
// serializer. Pictures (PNG, SVG) are drawn by the canvas and are not listed here.

import type { ExonetGraph } from '../model/types';
import { toCytoscapeJson } from './toCytoscapeJson';
import { toEdgeCsv } from './toEdgeCsv';
import { toExonetJson } from './toExonetJson';
import { toGraphML } from './toGraphML';
import { toSif } from './toSif';

export const EXPORT_FORMAT_NAMES = ['json', 'cyjs', 'graphml', 'csv', 'sif'] as const;
export type ExportFormatName = (typeof EXPORT_FORMAT_NAMES)[number];

export interface ExportFormat {
  name: ExportFormatName;
  /** How a menu names it. */
  label: string;
  /** File name extension, without the dot. */
  extension: string;
  mimeType: string;
  serialize(graph: ExonetGraph): string;
}

export const EXPORT_FORMATS: readonly ExportFormat[] = [
  { name: 'json', label: 'JSON (ExoNet graph)', extension: 'json', mimeType: 'application/json', serialize: toExonetJson },
  { name: 'cyjs', label: 'Cytoscape.js JSON (Cytoscape desktop)', extension: 'cyjs', mimeType: 'application/json', serialize: (graph) => toCytoscapeJson(graph) },
  { name: 'graphml', label: 'GraphML (Gephi, yEd, networkx)', extension: 'graphml', mimeType: 'application/graphml+xml', serialize: toGraphML },
  { name: 'csv', label: 'CSV of edges with citations', extension: 'csv', mimeType: 'text/csv', serialize: toEdgeCsv },
  { name: 'sif', label: 'SIF (simple interaction format)', extension: 'sif', mimeType: 'text/plain', serialize: toSif },
];

export function exportFormatNamed(name: string): ExportFormat | undefined {
  return EXPORT_FORMATS.find((f) => f.name === name);
}
