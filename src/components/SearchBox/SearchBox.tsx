// The search field of the header: choosing a suggestion selects, centres and highlights
// the node and opens its details.

import { useAppStore } from '../../state/store';
import { NodeCombobox } from '../NodeCombobox/NodeCombobox';

export function SearchBox() {
  const text = useAppStore((s) => s.searchText);
  const setText = useAppStore((s) => s.setSearchText);
  const select = useAppStore((s) => s.select);
  const setPanel = useAppStore((s) => s.setPanel);
  return (
    <NodeCombobox
      label="Search"
      className="search"
      placeholder="Search proteins, cells, hallmarks…"
      text={text}
      onText={setText}
      onChoose={(node) => {
        select({ kind: 'node', id: node.id });
        setPanel('details');
      }}
    />
  );
}
