// Dispatches key presses to the registered commands, except while typing in a field.

import { useEffect } from 'react';
import { commandForKey } from './appCommands';

function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
}

export function useKeyboardCommands(): void {
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.ctrlKey || e.metaKey || e.altKey) return;
      if (isTyping(e.target) && e.key !== 'Escape') return;
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
