// The keyboard shortcuts, listed from the same command table that the dispatcher runs.

import { APP_COMMANDS } from '../../commands/appCommands';
import { useAppStore } from '../../state/store';

const KEY_NAMES: Record<string, string> = { ' ': 'Space', ArrowRight: '→', ArrowLeft: '←', Escape: 'Esc' };

export function ShortcutHelp() {
  const open = useAppStore((s) => s.helpOpen);
  const setOpen = useAppStore((s) => s.setHelpOpen);
  if (!open) return null;
  return (
    <div className="shortcut-help" role="dialog" aria-label="Keyboard shortcuts">
      <h2>Keyboard shortcuts</h2>
      <table>
        <tbody>
          {APP_COMMANDS.filter((c) => c.name !== 'close-help').map((c) => (
            <tr key={c.name}>
              <td>{c.keys.map((k) => <kbd key={k}>{KEY_NAMES[k] ?? k}</kbd>)}</td>
              <td>{c.label}</td>
            </tr>
          ))}
          <tr><td><kbd>Tab</kbd></td><td>Move between controls; <kbd>↑</kbd> <kbd>↓</kbd> <kbd>Enter</kbd> choose a suggestion</td></tr>
        </tbody>
      </table>
      <button type="button" onClick={() => setOpen(false)} autoFocus>Close</button>
    </div>
  );
}
