// The fixed vocabularies of the model: relations with their signs, review sections,
// and the range of reference numbers.

import type { Sign } from './types';

export const RELATION_SIGNS: Readonly<Record<string, Sign>> = {
  activates: 1,
  promotes: 1,
  induces: 1,
  upregulates: 1,
  increases_release: 1,
  // A cell becoming another state means more of that state: a causal step.
  differentiates_into: 1,
  inhibits: -1,
  suppresses: -1,
  downregulates: -1,
  degrades: -1,
  carries: 0,
  marker_of: 0,
  biomarker_for: 0,
  part_of: 0,
  binds: 0,
  associated_with: 0,
  targets: 0,
};

export const RELATIONS = Object.keys(RELATION_SIGNS);

/** Relations whose sign may be given explicitly as +1 or -1 when the text states a direction. */
export const FLEXIBLE_SIGN_RELATIONS = new Set(['targets', 'binds', 'associated_with']);

/** Relations that older files gave sign 0 and that now carry a sign: a file that still
 * gives 0 is read with the relation's sign (and the reader is told). */
export const LEGACY_UNSIGNED_RELATIONS: ReadonlySet<string> = new Set(['differentiates_into']);

/** The values of an evidence item's `certainty`: "hedged" where the review hedges the
 * statement ("may", "is thought"); absent where it states it plainly. */
export const CERTAINTIES = ['hedged'] as const;

export const SECTIONS = [
  { slug: 'abstract', title: 'Abstract' },
  { slug: 'introduction', title: 'Introduction' },
  { slug: 'structure-and-content', title: 'Structure and content of exosomes' },
  { slug: 'biogenesis', title: 'Biogenesis and trafficking' },
  { slug: 'secretion-and-uptake', title: 'Secretion, uptake and cargo delivery' },
  { slug: 'fig1', title: 'Fig. 1 caption' },
  { slug: 'signal-molecules', title: 'Exosomal proteins as signal molecules' },
  { slug: 'cancer-progression', title: 'Cancer progression and the tumour microenvironment' },
  { slug: 'fig2', title: 'Fig. 2 caption' },
  { slug: 'angiogenesis', title: 'Angiogenesis and hypoxia' },
  { slug: 'cell-death-and-proliferation', title: 'Cell death and proliferation' },
  { slug: 'immune', title: 'Immune system, inflammation and immune evasion' },
  { slug: 'metastasis', title: 'Pre-metastatic niche, invasion and metastasis' },
  { slug: 'therapy', title: 'Treatment and therapy resistance' },
  { slug: 'table1', title: 'Table 1: clinical trials' },
  { slug: 'table2', title: 'Table 2: diagnostic exosomal proteins' },
  { slug: 'conclusions', title: 'Concluding remarks' },
] as const;

export const SECTION_SLUGS: ReadonlySet<string> = new Set(SECTIONS.map((s) => s.slug));

export const REF_MIN = 1;
export const REF_MAX = 280;

export function signOfRelation(relation: string): Sign | undefined {
  return Object.hasOwn(RELATION_SIGNS, relation) ? RELATION_SIGNS[relation] : undefined;
}
