// Choosing what to knock out: single nodes from suggestions, or a family ("integrins": every
// node one of whose names begins with the word), listed as removable chips.

import { useState } from 'react';
import { familyMembers, MIN_FAMILY_LENGTH } from '../../core/insight/nodeFamily';
import { nodeMapOf } from '../../state/selectors';
import { useAppStore } from '../../state/store';
import { NodeCombobox } from '../NodeCombobox/NodeCombobox';

export function KnockoutChooser() {
  const graph = useAppStore((s) => s.graph);
  const chosen = useAppStore((s) => s.insight.knockout);
  const setKnockout = useAppStore((s) => s.setKnockout);
  const [text, setText] = useState('');
  const [family, setFamily] = useState('');
  const nodes = nodeMapOf(graph);
  const members = family.trim() ? familyMembers(graph, family) : [];
  const add = (ids: string[]) => setKnockout([...new Set([...chosen, ...ids])]);

  return (
    <div className="knockout-chooser">
      <div className="node-choice">
        <span aria-hidden="true">Knock out a node</span>
        <NodeCombobox label="Knock out a node" text={text} onText={setText} onChoose={(n) => { add([n.id]); setText(''); }} placeholder="e.g. TGFβ" />
      </div>
      <form className="family" onSubmit={(e) => { e.preventDefault(); if (members.length) { add(members.map((m) => m.id)); setFamily(''); } }}>
        <label>
          Knock out a family{' '}
          <input type="text" value={family} maxLength={60} placeholder="e.g. integrins" onChange={(e) => setFamily(e.target.value)} />
        </label>
        <button type="submit" disabled={!members.length}>Add {members.length ? `${members.length} nodes` : 'family'}</button>
        {family.trim() && !members.length && (
          <span className="hint" role="status">{family.trim().length < MIN_FAMILY_LENGTH ? `Type at least ${MIN_FAMILY_LENGTH} letters.` : `No node is named “${family.trim()}…”.`}</span>
        )}
        {members.length > 0 && <span className="hint">{members.map((m) => m.label).join(', ')}</span>}
      </form>
      {chosen.length > 0 && (
        <ul className="chips" aria-label="Knocked out">
          {chosen.map((id) => (
            <li key={id}>
              {nodes.get(id)?.label ?? id}
              <button type="button" aria-label={`Put back ${nodes.get(id)?.label ?? id}`} onClick={() => setKnockout(chosen.filter((x) => x !== id))}>×</button>
            </li>
          ))}
          <li><button type="button" onClick={() => setKnockout([])}>Put all back</button></li>
        </ul>
      )}
    </div>
  );
}
