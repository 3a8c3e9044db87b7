// "Import": open a graph file (our JSON or Cytoscape.js JSON); and, while a file is open,
// one click back to the review graph.

import { useRef } from 'react';
import { openGraphFile, openReviewGraph } from '../../state/graphActions';
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
      {origin.kind === 'file' && (
        <button type="button" onClick={openReviewGraph} title={`Now showing ${origin.name}`}>Back to the review graph</button>
      )}
    </>
  );
}
