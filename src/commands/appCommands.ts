// The explorer's keyboard commands as registered objects: a name, a label, the keys that
// run it, when it applies, and what it does. One dispatcher runs them; the help lists them.

import { startPresentation, stepPresentation, stopPresentation } from '../state/presentationActions';
import { useAppStore } from '../state/store';

export interface AppCommand {
  name: string;
  label: string;
  keys: string[];
  /** Run by one character key (a letter, digit or symbol): the user can turn these off (WCAG 2.1.4). */
  singleKey?: boolean;
  /** Whether the command applies now. */
  enabled(): boolean;
  run(): void;
}

const presenting = () => useAppStore.getState().presentation.active;

export const APP_COMMANDS: readonly AppCommand[] = [
  { name: 'present', label: 'Present (full screen)', keys: ['f', 'F'], singleKey: true, enabled: () => !presenting(), run: () => startPresentation() },
  { name: 'close-help', label: 'Close the shortcuts', keys: ['Escape'], enabled: () => useAppStore.getState().helpOpen, run: () => useAppStore.getState().setHelpOpen(false) },
  { name: 'leave', label: 'Leave presentation', keys: ['Escape'], enabled: presenting, run: stopPresentation },
  { name: 'next', label: 'Next step', keys: ['ArrowRight', 'PageDown', ' '], enabled: presenting, run: () => stepPresentation(1) },
  { name: 'previous', label: 'Previous step', keys: ['ArrowLeft', 'PageUp'], enabled: presenting, run: () => stepPresentation(-1) },
  {
    name: 'search',
    label: 'Go to search',
    keys: ['/'],
    singleKey: true,
    enabled: () => !presenting(),
    run: () => document.querySelector<HTMLInputElement>('input[data-field="Search"]')?.focus(),
  },
  { name: 'fit', label: 'Fit the graph to the screen', keys: ['0'], singleKey: true, enabled: () => true, run: () => useAppStore.getState().requestFit() },
  {
    name: 'help',
    label: 'Show or hide these shortcuts',
    keys: ['?'],
    singleKey: true,
    enabled: () => true,
    run: () => useAppStore.getState().setHelpOpen(!useAppStore.getState().helpOpen),
  },
];

/** The command a key press runs, if any; none for a single-key shortcut turned off. */
export function commandForKey(key: string): AppCommand | undefined {
  const singleKeysOn = useAppStore.getState().singleKeyShortcuts;
  return APP_COMMANDS.find((c) => c.keys.includes(key) && (singleKeysOn || !c.singleKey) && c.enabled());
}
