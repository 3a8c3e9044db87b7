// Over the canvas while a view is narrowed: whether it is laid out on its own (focused)
// or shown in place on the whole map, and the way back to the whole map.

import { useEffect } from 'react';
import { selectFocusAvailable } from '../../state/canvasStateOf';
import { useAppStore } from '../../state/store';

/** The bar's band at the top of the canvas, kept free when framing. */
const BAR_INSET = { top: 52, right: 0, bottom: 0, left: 0 };

export function FocusBar() {
  const available = useAppStore(selectFocusAvailable);
  const mode = useAppStore((s) => s.focusMode);
  const setMode = useAppStore((s) => s.setFocusMode);
  const presenting = useAppStore((s) => s.presentation.active);
  const setInset = useAppStore((s) => s.setOverlayInset);
  const shown = !!available && !presenting;
  useEffect(() => {
    setInset('focus-bar', shown ? BAR_INSET : null);
  }, [shown, setInset]);
  if (!shown) return null;
  const what = available === 'paths' ? 'the paths' : 'the filtered nodes';
  return (
    <div className="focus-bar" role="group" aria-label="Focused view">
      {mode === 'focus' ? (
        <>
          <span>Showing {what} on their own</span>
          <button type="button" onClick={() => setMode('map')}>Back to the whole map</button>
        </>
      ) : (
        <>
          <span>Showing {what} on the whole map</span>
          <button type="button" onClick={() => setMode('focus')}>Focus on {what}</button>
        </>
      )}
    </div>
  );
}
