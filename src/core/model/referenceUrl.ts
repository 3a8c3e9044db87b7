// Where a reference number points: the article page, at the entry of its reference list
// (Springer and BMC pages anchor them as #ref-CR<n>).

import type { SourceInfo } from './types';

const DOI = /^10\.\d+\/\S+$/;

export function referenceUrl(source: SourceInfo, n: number): string | null {
  if (!source.doi || !DOI.test(source.doi)) return null;
  return `https://doi.org/${encodeURI(source.doi)}#ref-CR${n}`;
}

export function externalLinks(xrefs: Record<string, string | undefined> | undefined): Array<{ label: string; href: string }> {
  if (!xrefs) return [];
  const links: Array<{ label: string; href: string }> = [];
  const safe = (v: string) => encodeURIComponent(v);
  if (xrefs.hgnc) links.push({ label: `HGNC: ${xrefs.hgnc}`, href: `https://www.genenames.org/tools/search/#!/?query=${safe(xrefs.hgnc)}` });
  if (xrefs.uniprot) links.push({ label: `UniProt: ${xrefs.uniprot}`, href: `https://www.uniprot.org/uniprotkb/${safe(xrefs.uniprot)}/entry` });
  if (xrefs.nct) links.push({ label: `ClinicalTrials.gov: ${xrefs.nct}`, href: `https://clinicaltrials.gov/study/${safe(xrefs.nct)}` });
  if (xrefs.chebi) links.push({ label: `ChEBI: ${xrefs.chebi}`, href: `https://www.ebi.ac.uk/chebi/searchId.do?chebiId=${safe(xrefs.chebi)}` });
  return links;
}
