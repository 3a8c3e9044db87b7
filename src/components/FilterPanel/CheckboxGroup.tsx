// A fieldset of checkboxes over a list of options, where "none checked" is not allowed to
// mean "show nothing": an empty selection in the criteria means "no filter".

import type { ReactNode } from 'react';

export interface CheckboxOption {
  value: string;
  label: ReactNode;
  count?: number;
}

interface Props {
  legend: string;
  options: CheckboxOption[];
  /** Values checked; undefined or empty: the filter is off. */
  checked: readonly string[] | undefined;
  /** When every box is ticked, the filter is off (all shown). */
  allMeansOff: boolean;
  onChange(values: string[]): void;
  className?: string;
}

export function CheckboxGroup({ legend, options, checked, allMeansOff, onChange, className }: Props) {
  const active = new Set(checked?.length ? checked : allMeansOff ? options.map((o) => o.value) : []);
  const toggle = (value: string) => {
    const next = new Set(active);
    if (next.has(value)) next.delete(value);
    else next.add(value);
    const values = options.map((o) => o.value).filter((v) => next.has(v));
    onChange(allMeansOff && values.length === options.length ? [] : values);
  };
  return (
    <fieldset className={className}>
      <legend>{legend}</legend>
      {options.map((o) => (
        <label key={o.value} className="check">
          <input type="checkbox" checked={active.has(o.value)} onChange={() => toggle(o.value)} />
          <span className="check-label">{o.label}</span>
          {o.count !== undefined && <span className="check-count">{o.count}</span>}
        </label>
      ))}
    </fieldset>
  );
}
