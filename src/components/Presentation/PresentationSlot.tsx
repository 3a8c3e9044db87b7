// Where the presentation bar appears. The bar loads on demand; this slot is always on the
// page, so entering presentation moves focus to the bar's heading as soon as the bar is
// there, and leaving gives focus back to where it was (the "Present" button).

import { useRef } from 'react';
import { useAppStore } from '../../state/store';
import { useFocusInWhileActive } from '../Focus/focusHooks';
import { PresentationBar } from '../lazyParts';

export function PresentationSlot() {
  const presenting = useAppStore((s) => s.presentation.active);
  const slot = useRef<HTMLDivElement>(null);
  useFocusInWhileActive(slot, presenting, 'h1');
  return (
    <div ref={slot} className="presentation-slot">
      {presenting && <PresentationBar />}
    </div>
  );
}
