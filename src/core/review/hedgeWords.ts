// The words by which a text hedges a statement ("may", "is thought", "it has been
// suggested"): found in a review sentence, and in a curator's `hedge` field, as lowercase
// single words, so that the two can be compared.

const HEDGE_WORDS = [
  'may', 'might', 'could',
  'possibly', 'possible', 'potentially', 'potential',
  'likely', 'unlikely', 'probably', 'presumably', 'perhaps',
  'seem', 'seems', 'seemed', 'seemingly',
  'appear', 'appears', 'appeared',
  'thought', 'believe', 'believed',
  'suggest', 'suggests', 'suggested', 'suggesting', 'suggestion',
  'hypothesis', 'hypothesise', 'hypothesised', 'hypothesize', 'hypothesized',
  'speculate', 'speculated', 'speculative',
  'propose', 'proposed', 'putative', 'putatively', 'presumed', 'assumed', 'expect', 'expected',
] as const;

const HEDGE_PATTERN = new RegExp(`\\b(${HEDGE_WORDS.join('|')})\\b`, 'gi');

/** The hedging words of a text, lowercase, each once, in order of first use. */
export function findHedgeWords(text: string): string[] {
  return [...new Set([...text.matchAll(HEDGE_PATTERN)].map((m) => m[1].toLowerCase()))];
}
