// On narrow screens (and at high zoom) the filters fold away above the canvas: this header
// button shows or hides them. On wide screens the filters are a column and the button is hidden.

import { useAppStore } from '../../state/store';

export function FiltersToggle() {
  const open = useAppStore((s) => s.filtersOpen);
  const setOpen = useAppStore((s) => s.setFiltersOpen);
  return (
    <button type="button" className="filters-toggle" aria-expanded={open} aria-controls="filters" onClick={() => setOpen(!open)}>
      {open ? 'Hide filters' : 'Filters'}
    </button>
  );
}
