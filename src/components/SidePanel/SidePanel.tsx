// The side panel (an <aside>): details of the selection, the path finder, export or the
// story; each tab's content loads on demand (prefetched once the page is idle).

import { useEffect, useRef, type KeyboardEvent } from 'react';
import { edgeMapOf, nodeMapOf } from '../../state/selectors';
import { useAppStore } from '../../state/store';
import { EdgeDetails, ExportPanel, NodeDetails, PathFinder, StoryPanel } from '../lazyParts';
import type { Panel } from '../../state/slices/uiSlice';
import { focusFirstHeading } from '../Focus/focusHooks';

const TABS: ReadonlyArray<{ panel: Panel; title: string }> = [
  { panel: 'details', title: 'Details' },
  { panel: 'paths', title: 'Paths' },
  { panel: 'export', title: 'Export' },
  { panel: 'story', title: 'Story' },
];

export function SidePanel() {
  const graph = useAppStore((s) => s.graph);
  const selection = useAppStore((s) => s.selection);
  const panel = useAppStore((s) => s.panel);
  const setPanel = useAppStore((s) => s.setPanel);
  const node = selection?.kind === 'node' ? nodeMapOf(graph).get(selection.id) : undefined;
  const edge = selection?.kind === 'edge' ? edgeMapOf(graph).get(selection.id) : undefined;

  // A panel the user opened (not one a link opened on load) takes focus to its heading, so
  // that the next Tab reaches its first field; a panel still loading, once it has arrived.
  const panelFocus = useAppStore((s) => s.panelFocus);
  const body = useRef<HTMLDivElement>(null);
  useEffect(() => (panelFocus > 0 ? focusFirstHeading(body.current) : undefined), [panelFocus]);

  // Tabs as the ARIA pattern has them: one Tab stop, arrows move between the tabs.
  const tabs = useRef<HTMLDivElement>(null);
  const onTabKey = (e: KeyboardEvent) => {
    const at = TABS.findIndex((t) => t.panel === panel);
    const to = e.key === 'ArrowRight' ? (at + 1) % TABS.length : e.key === 'ArrowLeft' ? (at + TABS.length - 1) % TABS.length : e.key === 'Home' ? 0 : e.key === 'End' ? TABS.length - 1 : -1;
    if (to < 0) return;
    e.preventDefault();
    setPanel(TABS[to].panel);
    tabs.current?.querySelectorAll<HTMLElement>('[role="tab"]')[to]?.focus();
  };
  return (
    <aside id="side-panel" className="side-panel" aria-label="Details" tabIndex={-1}>
      <div ref={tabs} className="tabs" role="tablist" aria-label="Side panel" onKeyDown={onTabKey}>
        {TABS.map((t) => (
          <button key={t.panel} id={`tab-${t.panel}`} type="button" role="tab" aria-selected={panel === t.panel} aria-controls="side-tabpanel" tabIndex={panel === t.panel ? 0 : -1} onClick={() => setPanel(t.panel)}>{t.title}</button>
        ))}
      </div>
      <div ref={body} id="side-tabpanel" role="tabpanel" className="tab-body" aria-labelledby={`tab-${panel}`}>
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
