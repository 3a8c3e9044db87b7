// The export panel: what to export (the current view as on screen, whole graph, visible
// subgraph, selection, path) and in which format: PNG (size, background, caption), SVG, or a
// data format from core's registry. Subgraph pictures fit a slide unless asked otherwise.

import { useState } from 'react';
import { pathCaption, subgraphCaption } from '../../core/export/caption';
import { EXPORT_FORMATS } from '../../core/export/exportFormats';
import { SLIDE_SIZE, VIEW_SIZE_LABELS, viewScale, type ViewSize } from '../../core/export/imageSize';
import { pathSubgraph } from '../../core/export/selectSubgraph';
import { exportPng, exportSvg, type Background } from '../../cy/exportImage';
import { saveFile } from '../../io/saveFile';
import { exportTarget, SCOPE_LABELS, type ExportScope } from '../../state/exportTargets';
import { selectActivePath, selectPathResults } from '../../state/selectors';
import { useAppStore } from '../../state/store';
import { countOf } from '../../core/words/phrases';
import { useGraphView } from '../GraphCanvas/graphViewContext';

type Format = 'png' | 'svg' | string;

export function ExportPanel() {
  const [scope, setScope] = useState<ExportScope>('visible');
  const [format, setFormat] = useState<Format>('png');
  const [scale, setScale] = useState(2);
  const [viewSize, setViewSize] = useState<ViewSize>('1x');
  const [slideCap, setSlideCap] = useState(true);
  const [background, setBackground] = useState<Background>('white');
  const [withCaption, setWithCaption] = useState(true);
  const [busy, setBusy] = useState(false);
  const [status, setStatus] = useState<string | null>(null);
  const hasPath = useAppStore((s) => selectPathResults(s).length > 0);
  const view = useGraphView();
  const hasSelection = useAppStore((s) => !!s.selection);
  const notify = useAppStore((s) => s.notify);

  const available = (sc: ExportScope) => (sc === 'path' ? hasPath : sc === 'selection' ? hasSelection : true);
  const image = format === 'png' || format === 'svg';

  const run = async () => {
    const s = useAppStore.getState();
    const target = exportTarget(s, scope);
    if (!target || target.nodes.length === 0) {
      setStatus('Nothing to export: choose another scope.');
      return;
    }
    const stem = `exonet-${scope}`;
    setBusy(true);
    setStatus(null);
    try {
      if (image) {
        if (!view) throw new Error('the canvas is not ready');
        const path = scope === 'path' || scope === 'view' ? selectActivePath(s) : null;
        const caption = withCaption ? (path ? pathCaption(s.graph, path) : subgraphCaption(s.graph, scope === 'view' ? 'Current view' : SCOPE_LABELS[scope], target.nodes.length, target.edges.length)) : undefined;
        const options = scope === 'view'
          ? { scale: viewScale(viewSize, view.cy.width()), background, caption }
          : {
              include: target,
              scale: format === 'svg' ? 1 : scale,
              background,
              caption,
              ...(scope === 'path' && path ? { chain: path.nodes } : {}),
              ...(slideCap ? { maxSize: SLIDE_SIZE } : {}),
            };
        const result = format === 'png' ? await exportPng(view.cy, options, view.currentTheme()) : await exportSvg(view.cy, options, view.currentTheme());
        saveFile(`${stem}.${format}`, result.blob);
        const clamped = result.clampedScale !== undefined ? ` The browser cannot draw it at ${scale}×, so it was drawn at ${result.clampedScale}×.` : '';
        setStatus(`Saved ${stem}.${format} (${result.width}×${result.height}).${clamped}`);
        if (clamped) notify({ kind: 'info', text: clamped.trim() });
      } else {
        const entry = EXPORT_FORMATS.find((f) => f.name === format);
        if (!entry) throw new Error(`unknown format ${format}`);
        const text = entry.serialize(pathSubgraph(s.graph, target));
        saveFile(`${stem}.${entry.extension}`, text, entry.mimeType);
        setStatus(`Saved ${stem}.${entry.extension} (${countOf(target.nodes.length, 'node')}, ${countOf(target.edges.length, 'edge')}).`);
      }
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      setStatus(`Not exported: ${message}.`);
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="export-panel" aria-labelledby="export-title">
      <h2 id="export-title">Export</h2>
      <form onSubmit={(e) => { e.preventDefault(); void run(); }}>
        <fieldset>
          <legend>What</legend>
          {(Object.keys(SCOPE_LABELS) as ExportScope[]).map((sc) => (
            <label key={sc} className="check">
              <input type="radio" name="scope" value={sc} checked={scope === sc} disabled={!available(sc)} onChange={() => setScope(sc)} />
              {SCOPE_LABELS[sc]}
            </label>
          ))}
        </fieldset>
        <fieldset>
          <legend>Format</legend>
          <select aria-label="Format" value={format} onChange={(e) => setFormat(e.target.value)}>
            <option value="png">PNG picture</option>
            <option value="svg">SVG picture (vector)</option>
            {EXPORT_FORMATS.map((f) => <option key={f.name} value={f.name}>{f.label}</option>)}
          </select>
        </fieldset>
        {image && (
          <fieldset>
            <legend>Picture</legend>
            {scope === 'view' ? (
              <label className="inline">Size
                <select value={viewSize} onChange={(e) => setViewSize(e.target.value as ViewSize)}>
                  {(Object.keys(VIEW_SIZE_LABELS) as ViewSize[]).map((v) => <option key={v} value={v}>{VIEW_SIZE_LABELS[v]}</option>)}
                </select>
              </label>
            ) : (
              <>
                {format === 'png' && (
                  <label className="inline">Scale
                    <select value={scale} onChange={(e) => setScale(Number(e.target.value))}>
                      {[1, 2, 3, 4].map((n) => <option key={n} value={n}>{n}×</option>)}
                    </select>
                  </label>
                )}
                <label className="check"><input type="checkbox" checked={slideCap} onChange={(e) => setSlideCap(e.target.checked)} /> Fit a slide ({SLIDE_SIZE.width} × {SLIDE_SIZE.height} at 1×)</label>
              </>
            )}
            <label className="inline">Background
              <select value={background} onChange={(e) => setBackground(e.target.value as Background)}>
                <option value="white">white</option>
                <option value="dark">dark</option>
                <option value="transparent">transparent</option>
              </select>
            </label>
            <label className="check"><input type="checkbox" checked={withCaption} onChange={(e) => setWithCaption(e.target.checked)} /> Caption with title and citations</label>
          </fieldset>
        )}
        <button type="submit" disabled={busy || !available(scope)}>{busy ? 'Exporting…' : 'Export'}</button>
      </form>
      {status && <p role="status" className="hint">{status}</p>}
    </section>
  );
}
