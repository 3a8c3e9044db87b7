// Dropping a graph file on the canvas opens it, like "Import".

import { useCallback, useState, type DragEvent } from 'react';
import { openGraphFile } from '../../state/graphActions';

export function useFileDrop() {
  const [over, setOver] = useState(false);
  const onDragOver = useCallback((e: DragEvent) => {
    if (!e.dataTransfer.types.includes('Files')) return;
    e.preventDefault();
    setOver(true);
  }, []);
  const onDragLeave = useCallback(() => setOver(false), []);
  const onDrop = useCallback((e: DragEvent) => {
    e.preventDefault();
    setOver(false);
    const file = e.dataTransfer.files[0];
    if (file) void openGraphFile(file);
  }, []);
  return { over, handlers: { onDragOver, onDragLeave, onDrop } };
}
