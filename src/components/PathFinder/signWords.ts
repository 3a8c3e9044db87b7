// Words for a path's net effect.
export const SIGN_WORD: Record<number, string> = { 1: 'promotes', [-1]: 'suppresses', 0: 'mixed or non-causal' };
