// The switch over the canvas between the network and its text view, the edge list: two
// toggle buttons, "Network" and "Edge list". The list itself loads on demand.

import { useEffect } from 'react';
import { useAppStore } from '../../state/store';
import './viewSwitch.css';

/** The switch's band at the top left of the canvas, kept free when framing. */
const SWITCH_INSET = { top: 48, right: 0, bottom: 0, left: 0 };

export function ViewSwitch() {
  const view = useAppStore((s) => s.mainView);
  const show = useAppStore((s) => s.showMainView);
  const presenting = useAppStore((s) => s.presentation.active);
  const setInset = useAppStore((s) => s.setOverlayInset);
  useEffect(() => {
    setInset('view-switch', presenting ? null : SWITCH_INSET);
    return () => setInset('view-switch', null);
  }, [presenting, setInset]);
  if (presenting) return null;
  return (
    <div className="view-switch" role="group" aria-label="Show the graph as">
      <button type="button" aria-pressed={view === 'network'} onClick={() => show('network')}>Network</button>
      <button type="button" aria-pressed={view === 'list'} onClick={() => show('list')} title="The visible edges and nodes as tables, in plain words">Edge list</button>
    </div>
  );
}
