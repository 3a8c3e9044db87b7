// "Attach reference list": paste the review's numbered reference list (as copied from the
// article page) or load a CSL-JSON, RIS or BibTeX file. Once attached, reference numbers show
// "Iraci et al. 2016" beside them and exports carry the list; it is kept in this browser.

import { useRef, useState } from 'react';
import { readFileText } from '../../io/saveFile';
import { attachReferenceText, loadReferenceReaders, removeReferenceList } from '../../state/referenceActions';
import { useAppStore } from '../../state/store';
import { useModalFocus } from '../Focus/focusHooks';

export function AttachReferences() {
  const [open, setOpen] = useState(false);
  const [text, setText] = useState('');
  const count = useAppStore((s) => s.graph.references?.length ?? 0);
  const notify = useAppStore((s) => s.notify);
  const input = useRef<HTMLInputElement>(null);
  const dialog = useRef<HTMLFormElement>(null);
  useModalFocus(dialog, open);
  const attach = async (value: string, from: string) => {
    if (await attachReferenceText(value, from)) {
      setText('');
      setOpen(false);
    }
  };
  return (
    <>
      <button type="button" aria-expanded={open} onClick={() => setOpen(!open)} title="Attach the review's reference list, so that numbers show authors and year">
        {count ? `References (${count})` : 'Attach reference list'}
      </button>
      {open && (
        <form ref={dialog} className="reference-dialog" role="dialog" aria-modal="true" aria-label="Attach reference list" onKeyDown={(e) => {
          if (e.key === 'Escape') setOpen(false);
        }} onSubmit={(e) => {
          e.preventDefault();
          void attach(text, 'the pasted text');
        }}>
          <h2>Attach reference list</h2>
          <p className="hint">Paste the numbered list as copied from the article page (“1. Iraci N, Leonardi T, … 2016;17:171.”), or load a CSL-JSON, RIS or BibTeX file.</p>
          <textarea aria-label="Reference list" rows={8} value={text} onChange={(e) => setText(e.target.value)} />
          <div className="row">
            <button type="submit" disabled={!text.trim()}>Attach</button>
            <button type="button" onClick={() => input.current?.click()}>Load file…</button>
            {count > 0 && <button type="button" onClick={() => { removeReferenceList(); setOpen(false); }}>Remove the list</button>}
            <button type="button" onClick={() => setOpen(false)}>Close</button>
          </div>
          <input
            ref={input}
            type="file"
            accept=".txt,.json,.ris,.bib,.bibtex,text/plain,application/json"
            hidden
            aria-label="Reference list file"
            onChange={async (e) => {
              const file = e.target.files?.[0];
              e.target.value = '';
              if (!file) return;
              const { MAX_REFERENCE_LIST_BYTES } = await loadReferenceReaders();
              const read = await readFileText(file, MAX_REFERENCE_LIST_BYTES);
              if (read.ok) await attach(read.text, file.name);
              else notify({ kind: 'error', text: `${file.name} was not read: ${read.message}.` });
            }}
          />
        </form>
      )}
    </>
  );
}
