// Name normalisation for matching: case, spaces, hyphens, slashes, dots and underscores are
// ignored, and Greek letters equal their spelled-out names (β = beta).

const GREEK: ReadonlyArray<[RegExp, string]> = [
  [/[αΑ]/g, 'alpha'],
  [/[βΒϐ]/g, 'beta'],
  [/[γΓ]/g, 'gamma'],
  [/[δΔ]/g, 'delta'],
  [/[εΕϵ]/g, 'epsilon'],
  [/[κΚϰ]/g, 'kappa'],
  [/[λΛ]/g, 'lambda'],
  [/[µμΜ]/g, 'mu'],
  [/[ωΩ]/g, 'omega'],
];

const IGNORED = /[\s\-‐‑‒–—/.,_'’()[\]+]+/g;

const ASCII = /^[ -~]*$/;

export function normalizeName(name: string): string {
  // ASCII needs neither Unicode normalisation nor Greek letters (most names, and every id).
  if (ASCII.test(name)) return name.toLowerCase().replace(IGNORED, '');
  let s = name.normalize('NFKC').toLowerCase();
  for (const [pattern, spelled] of GREEK) s = s.replace(pattern, spelled);
  return s.replace(IGNORED, '');
}
