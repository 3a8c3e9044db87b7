// "Import": open a graph file (our JSON or Cytoscape.js JSON), or the example of another
// review; and, while a file is open, one click back to the review graph.

import { useRef } from 'react';
import { openExampleGraph, openGraphFile, openReviewGraph } from '../../state/graphActions';
import { useAppStore } from '../../state/store';

export function ImportButton() {
  const origin = useAppStore((s) => s.origin);
  const input = useRef<HTMLInputElement>(null);
  return (
    <>
      <button type="button" onClick={() => input.current?.click()} title="Open a graph file (ExoNet JSON or Cytoscape.js JSON); you can also drop it on the canvas">Import</button>
      <input
        ref={input}
        type="file"
        accept=".json,.cyjs,application/json"
        hidden
        aria-label="Graph file to import"
        onChange={(e) => {
          const file = e.target.files?.[0];
          if (file) void openGraphFile(file);
          e.target.value = '';
        }}
      />
      <button type="button" onClick={() => void openExampleGraph()} title="Open a small graph of a made-up review (graph-data/examples/): how another review looks in the explorer">Example review</button>
      {origin.kind === 'file' && (
        <button type="button" onClick={() => void openReviewGraph()} title={`Now showing ${origin.name}`}>Back to the review graph</button>
      )}
    </>
  );
}
