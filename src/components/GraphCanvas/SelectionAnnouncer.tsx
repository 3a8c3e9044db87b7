// A polite live region that says what is selected whenever the selection changes.

import { selectSelectionWords } from '../../state/selectionWords';
import { useAppStore } from '../../state/store';

export function SelectionAnnouncer() {
  const words = useAppStore(selectSelectionWords);
  return (
    <p className="visually-hidden" role="status" aria-live="polite" aria-atomic="true" data-testid="selection-announcer">
      {words}
    </p>
  );
}
