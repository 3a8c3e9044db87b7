import { describe, expect, it } from 'vitest';
import { EXPORT_FORMATS, EXPORT_FORMAT_NAMES, exportFormatNamed } from '../../../../src/core/export/exportFormats';
import { toCytoscapeJson } from '../../../../src/core/export/toCytoscapeJson';
import { toEdgeCsv } from '../../../../src/core/export/toEdgeCsv';
import { toExonetJson } from '../../../../src/core/export/toExonetJson';
import { toGraphML } from '../../../../src/core/export/toGraphML';
import { toSif } from '../../../../src/core/export/toSif';
import { tinyGraph } from '../../fixtures/tinyGraph';

describe('core/export/exportFormats', () => {
  describe('exportFormatNamed', () => {
    it('should find no format for an unknown or inherited name', () => {
      for (const name of ['xml', 'JSON', '', 'constructor', '__proto__']) expect(exportFormatNamed(name)).toBeUndefined();
    });

    it('should find each registered format by its name', () => {
      for (const name of EXPORT_FORMAT_NAMES) expect(exportFormatNamed(name)?.name).toBe(name);
    });
  });

  describe('EXPORT_FORMATS', () => {
    it('should list each format once with a label, an extension and a MIME type', () => {
      expect(EXPORT_FORMATS.map((f) => f.name)).toEqual([...EXPORT_FORMAT_NAMES]);
      expect(EXPORT_FORMATS.map((f) => [f.extension, f.mimeType])).toEqual([
        ['json', 'application/json'],
        ['cyjs', 'application/json'],
        ['graphml', 'application/graphml+xml'],
        ['csv', 'text/csv'],
        ['sif', 'text/plain'],
      ]);
      for (const f of EXPORT_FORMATS) expect(f.label.trim()).not.toBe('');
    });

    it('should serialize with the matching serializer', () => {
      const graph = tinyGraph();
      const expected = [toExonetJson, toCytoscapeJson, toGraphML, toEdgeCsv, toSif].map((serialize) => serialize(graph));
      expect(EXPORT_FORMATS.map((f) => f.serialize(graph))).toEqual(expected);
    });
  });
});
