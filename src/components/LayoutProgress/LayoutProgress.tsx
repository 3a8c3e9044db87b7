// Progress of an imported graph being laid out off the main thread, with a Cancel button
// that keeps the current graph.

import { useEffect, useState } from 'react';
import { cancelImportLayout } from '../../state/importLayout';
import { useAppStore } from '../../state/store';
import './layoutProgress.css';

const STAGE_TEXT = { starting: 'starting the layout', building: 'reading the graph', layout: 'placing the nodes' } as const;

export function LayoutProgress() {
  const job = useAppStore((s) => s.layoutJob);
  const [now, setNow] = useState(() => performance.now());
  useEffect(() => {
    if (!job) return;
    const id = setInterval(() => setNow(performance.now()), 250);
    return () => clearInterval(id);
  }, [job]);
  if (!job) return null;
  const seconds = Math.max(0, (now - job.startedAt) / 1000);
  return (
    <div className="layout-progress" role="status" data-testid="layout-progress" data-stage={job.stage}>
      <p>
        Laying out {job.name}: {job.nodes.toLocaleString('en')} nodes, {job.edges.toLocaleString('en')} edges ({STAGE_TEXT[job.stage]}, {seconds.toFixed(1)} s)
      </p>
      <progress aria-label="Layout progress" />
      <button type="button" onClick={cancelImportLayout}>Cancel</button>
    </div>
  );
}
