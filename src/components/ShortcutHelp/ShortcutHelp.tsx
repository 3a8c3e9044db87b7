// The keyboard shortcuts, listed from the same command table that the dispatcher runs, as
// a modal dialog (focus kept inside, given back on close), with the setting that turns the
// single-key shortcuts off (WCAG 2.1.4).

import { useRef } from 'react';
import { APP_COMMANDS } from '../../commands/appCommands';
import { useAppStore } from '../../state/store';
import { useModalFocus } from '../Focus/focusHooks';

const KEY_NAMES: Record<string, string> = { ' ': 'Space', ArrowRight: '→', ArrowLeft: '←', Escape: 'Esc' };

export function ShortcutHelp() {
  const open = useAppStore((s) => s.helpOpen);
  const setOpen = useAppStore((s) => s.setHelpOpen);
  const singleKeys = useAppStore((s) => s.singleKeyShortcuts);
  const setSingleKeys = useAppStore((s) => s.setSingleKeyShortcuts);
  const dialog = useRef<HTMLDivElement>(null);
  useModalFocus(dialog, open);
  if (!open) return null;
  return (
    <div ref={dialog} className="shortcut-help" role="dialog" aria-modal="true" aria-labelledby="shortcut-help-title">
      <h2 id="shortcut-help-title">Keyboard shortcuts</h2>
      <table>
        <tbody>
          {APP_COMMANDS.filter((c) => c.name !== 'close-help').map((c) => (
            <tr key={c.name} className={c.singleKey && !singleKeys ? 'shortcut-off' : undefined}>
              <td>{c.keys.map((k) => <kbd key={k}>{KEY_NAMES[k] ?? k}</kbd>)}</td>
              <td>{c.label}{c.singleKey && !singleKeys ? ' (off)' : ''}</td>
            </tr>
          ))}
          <tr><td><kbd>Tab</kbd></td><td>Move between controls; <kbd>↑</kbd> <kbd>↓</kbd> <kbd>Enter</kbd> choose a suggestion</td></tr>
        </tbody>
      </table>
      <label className="check">
        <input type="checkbox" checked={singleKeys} onChange={(e) => setSingleKeys(e.target.checked)} />
        Single-key shortcuts (F, 0, ?, /), remembered in this browser
      </label>
      <button type="button" onClick={() => setOpen(false)}>Close</button>
    </div>
  );
}
