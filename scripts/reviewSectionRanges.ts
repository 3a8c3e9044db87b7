// The line ranges of the review's sections in ../shared/review/review.txt, shared by the
// scripts that generate fixtures from the review text (section-refs, hedge-locations).

import type { SectionRange } from '../src/core/review/reviewSentences';

/**
 * Line ranges (1-based, inclusive) of each section. Captions and tables sit inside the
 * running text; the ranges here end where the caption or table itself ends (the PDF
 * extraction resumes the running text right after, e.g. line 435 after Fig. 2).
 */
export const RANGES: readonly SectionRange[] = [
  { slug: 'abstract', from: 1, to: 13 },
  { slug: 'introduction', from: 14, to: 66 },
  { slug: 'structure-and-content', from: 67, to: 154 },
  { slug: 'biogenesis', from: 155, to: 210 },
  { slug: 'secretion-and-uptake', from: 211, to: 276 },
  { slug: 'fig1', from: 277, to: 283 },
  { slug: 'secretion-and-uptake', from: 284, to: 322 },
  { slug: 'signal-molecules', from: 323, to: 394 },
  { slug: 'cancer-progression', from: 395, to: 429 },
  { slug: 'fig2', from: 430, to: 434 },
  { slug: 'cancer-progression', from: 435, to: 522 },
  { slug: 'angiogenesis', from: 523, to: 637 },
  { slug: 'cell-death-and-proliferation', from: 638, to: 776 },
  { slug: 'immune', from: 777, to: 899 },
  { slug: 'metastasis', from: 900, to: 1025 },
  { slug: 'therapy', from: 1026, to: 1066 },
  { slug: 'table1', from: 1067, to: 1088 },
  { slug: 'therapy', from: 1089, to: 1132 },
  { slug: 'table2', from: 1133, to: 1191 },
  { slug: 'therapy', from: 1192, to: 1224 },
  { slug: 'conclusions', from: 1225, to: 100000 },
];
