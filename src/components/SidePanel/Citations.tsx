// Reference numbers as links: to the entry's DOI once a reference list is attached (with
// "Iraci et al. 2016" beside the number and the full entry as the tooltip), otherwise into
// the review's reference list on the article page.

import type { ReferenceEntry, SourceInfo } from '../../core/model/types';
import { referenceUrl } from '../../core/model/referenceUrl';
import { shortCitation } from '../../core/references/shortCitation';

interface Props {
  refs: readonly number[];
  source: SourceInfo;
  references: readonly ReferenceEntry[] | undefined;
}

const DOI = /^10\.\d+\/\S+$/;

export function Citations({ refs, source, references }: Props) {
  if (!refs.length) return <span className="refs uncited" title="The review states this without a citation">uncited</span>;
  return (
    <span className="refs">
      [
      {refs.map((n, i) => {
        const entry = references?.find((r) => r.n === n);
        const short = shortCitation(entry);
        const title = entry ? entry.text : `Reference ${n} of ${source.title || 'the review'}`;
        const href = entry?.doi && DOI.test(entry.doi) ? `https://doi.org/${encodeURI(entry.doi)}` : referenceUrl(source, n);
        return (
          <span key={n}>
            {i > 0 && ', '}
            {href ? (
              <a href={href} target="_blank" rel="noopener noreferrer" title={title} aria-label={`reference ${n}${short ? `, ${short}` : ''}`}>{n}</a>
            ) : (
              <span title={title}>{n}</span>
            )}
            {short && <span className="ref-short"> {short}</span>}
          </span>
        );
      })}
      ]
    </span>
  );
}
