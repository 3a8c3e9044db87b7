// Saving a string or blob as a downloaded file, and reading a chosen file as text.
// The serializers produce the content; this only hands it to the browser.

export function saveFile(name: string, content: string | Blob, type = 'application/octet-stream'): void {
  const blob = typeof content === 'string' ? new Blob([content], { type }) : content;
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.rel = 'noopener';
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** Reads a file as text, refusing one larger than `maxBytes` before reading it. */
export async function readFileText(file: File, maxBytes: number): Promise<{ ok: true; text: string } | { ok: false; message: string }> {
  if (file.size > maxBytes) {
    return { ok: false, message: `${file.name} is ${(file.size / 1024 / 1024).toFixed(1)} MB; at most ${maxBytes / 1024 / 1024} MB can be opened` };
  }
  try {
    return { ok: true, text: await file.text() };
  } catch {
    return { ok: false, message: `${file.name} could not be read` };
  }
}
