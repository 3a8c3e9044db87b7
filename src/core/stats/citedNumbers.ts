// The reference numbers cited in a text: brackets such as [121, 122] or [154–156]
// (a range stands for every number in it). Line-end hyphenation inside a bracket is handled.

const BRACKET = /\[([0-9][0-9,\s–\-—]*)\]/g;

export function citedNumbers(text: string): number[] {
  const found = new Set<number>();
  for (const match of text.matchAll(BRACKET)) {
    for (const part of match[1].split(',')) {
      const range = part.trim().split(/\s*[–\-—]\s*/).filter(Boolean).map(Number);
      if (range.length === 1 && Number.isInteger(range[0])) found.add(range[0]);
      else if (range.length === 2 && range[0] <= range[1] && range[1] - range[0] < 50) {
        for (let n = range[0]; n <= range[1]; n++) found.add(n);
      }
    }
  }
  return [...found].sort((a, b) => a - b);
}
