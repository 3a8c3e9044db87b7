// The header toolbar: layouts, theme, and the panels and modes of the explorer.

import { startPresentation } from '../../state/presentationActions';
import { useAppStore } from '../../state/store';
import { ImportButton } from '../ImportButton/ImportButton';
import { AttachReferences } from '../ReferenceList/AttachReferences';
import { InsightButton } from '../Insight/InsightHost';

export function Toolbar() {
  const theme = useAppStore((s) => s.theme);
  const setTheme = useAppStore((s) => s.setTheme);
  const openPanel = useAppStore((s) => s.openPanel);
  const busy = useAppStore((s) => s.layout === 'running');
  const relayout = useAppStore((s) => s.requestLayout);
  const fit = useAppStore((s) => s.requestFit);
  return (
    <div className="toolbar" role="toolbar" aria-label="View">
      <button type="button" onClick={() => openPanel('paths')}>Find paths</button>
      <InsightButton />
      <button type="button" onClick={() => openPanel('export')}>Export</button>
      <button type="button" onClick={() => startPresentation()} title="Full screen, large labels; arrows step through the path or story (F)">Present</button>
      <button type="button" onClick={() => openPanel('story')}>Story</button>
      <ImportButton />
      <AttachReferences />
      <span className="group" role="group" aria-label="Re-layout">
        <button type="button" disabled={busy} onClick={() => relayout('layered')} title="Left to right: conditions and exosomal proteins, pathways and cells, hallmarks">Re-layout: layered</button>
        <button type="button" disabled={busy} onClick={() => relayout('fcose')} title="Force-directed layout">Re-layout: force</button>
      </span>
      <button type="button" onClick={fit}>Fit</button>
      <button type="button" onClick={() => useAppStore.getState().setHelpOpen(true)} aria-label="Keyboard shortcuts" title="Keyboard shortcuts (?)">?</button>
      <button type="button" aria-pressed={theme === 'dark'} onClick={() => setTheme(theme === 'dark' ? 'light' : 'dark')} title="The theme follows the system until you pick one here; your pick is remembered">
        {theme === 'dark' ? 'Light theme' : 'Dark theme'}
      </button>
    </div>
  );
}
