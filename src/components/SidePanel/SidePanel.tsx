// The side panel (an <aside>): details of the selection, or the path finder.

import { edgeMapOf, nodeMapOf } from '../../state/selectors';
import { useAppStore } from '../../state/store';
// The tabs and the details load on demand (prefetched when the page is idle).
import { EdgeDetails, ExportPanel, NodeDetails, PathFinder, StoryPanel } from '../lazyParts';

export function SidePanel() {
  const graph = useAppStore((s) => s.graph);
  const selection = useAppStore((s) => s.selection);
  const panel = useAppStore((s) => s.panel);
  const setPanel = useAppStore((s) => s.setPanel);
  const node = selection?.kind === 'node' ? nodeMapOf(graph).get(selection.id) : undefined;
  const edge = selection?.kind === 'edge' ? edgeMapOf(graph).get(selection.id) : undefined;
  return (
    <aside className="side-panel" aria-label="Details">
      <div className="tabs" role="tablist" aria-label="Side panel">
        <button type="button" role="tab" aria-selected={panel === 'details'} onClick={() => setPanel('details')}>Details</button>
        <button type="button" role="tab" aria-selected={panel === 'paths'} onClick={() => setPanel('paths')}>Paths</button>
        <button type="button" role="tab" aria-selected={panel === 'export'} onClick={() => setPanel('export')}>Export</button>
        <button type="button" role="tab" aria-selected={panel === 'story'} onClick={() => setPanel('story')}>Story</button>
      </div>
      <div role="tabpanel" className="tab-body">
        {panel === 'paths' ? (
          <PathFinder />
        ) : panel === 'export' ? (
          <ExportPanel />
        ) : panel === 'story' ? (
          <StoryPanel />
        ) : node ? (
          <NodeDetails node={node} />
        ) : edge ? (
          <EdgeDetails edge={edge} />
        ) : (
          <div className="empty-details">
            <h2>{graph.source.title || 'ExoNet Explorer'}</h2>
            <p>{graph.source.authors.join(', ')}{graph.source.journal ? ` · ${graph.source.journal}` : ''}{graph.source.year ? ` ${graph.source.year}` : ''}</p>
            <p>Search for a protein or click a node to read what the review says about it, with its references. Use “Find paths” to trace how one entity can lead to a hallmark of cancer.</p>
          </div>
        )}
      </div>
    </aside>
  );
}
