// Runs of consecutive words, for checking that claims are written in our own words: text
// is folded to lowercase words (line-end hyphenation joined), and each run of `size` words
// is hashed (FNV-1a, 32 bits), so a fingerprint of the review can be kept without its text.

export const RUN_SIZE = 7;

export function words(text: string): string[] {
  return text
    .replace(/-\s*\n\s*/g, '')
    .toLowerCase()
    .match(/[\p{L}\p{N}]+/gu) ?? [];
}

export function fnv1a(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(36);
}

/** Each run of `size` consecutive words, with its hash. */
export function wordRuns(tokens: readonly string[], size = RUN_SIZE): Array<{ words: string[]; hash: string }> {
  const runs: Array<{ words: string[]; hash: string }> = [];
  for (let i = 0; i + size <= tokens.length; i++) {
    const run = tokens.slice(i, i + size);
    runs.push({ words: run, hash: fnv1a(run.join(' ')) });
  }
  return runs;
}
