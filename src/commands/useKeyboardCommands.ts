// Dispatches key presses to the registered commands, except while typing in a field, and
// except Space and Enter on a focused control, which act on that control (Space on
// "Leave (Esc)" leaves the presentation rather than stepping on).

import { useEffect } from 'react';
import { commandForKey } from './appCommands';

const TEXT_INPUTS = new Set(['text', 'search', 'number', 'email', 'url', 'tel', 'password']);

function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable || ['TEXTAREA', 'SELECT'].includes(target.tagName)) return true;
  return target instanceof HTMLInputElement && TEXT_INPUTS.has(target.type);
}

/** Whether Space or Enter on the target activates it (a button, link, checkbox ...). */
function isControl(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.matches('button, a[href], input, select, textarea, summary, [role="button"], [role="tab"], [role="checkbox"], [role="option"]');
}

export function useKeyboardCommands(): void {
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.ctrlKey || e.metaKey || e.altKey) return;
      if (isTyping(e.target) && e.key !== 'Escape') return;
      if ((e.key === ' ' || e.key === 'Enter') && isControl(e.target)) return;
      const command = commandForKey(e.key);
      if (!command) return;
      if (isTyping(e.target) && command.name !== 'leave') return;
      e.preventDefault();
      command.run();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
}
