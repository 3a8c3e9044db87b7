// Reference numbers as links into the review's reference list, with the full entry where
// graph-data has it.

import type { ReferenceEntry, SourceInfo } from '../../core/model/types';
import { referenceUrl } from '../../core/model/referenceUrl';

interface Props {
  refs: readonly number[];
  source: SourceInfo;
  references: readonly ReferenceEntry[] | undefined;
}

export function Citations({ refs, source, references }: Props) {
  if (!refs.length) return <span className="refs uncited" title="The review states this without a citation">uncited</span>;
  return (
    <span className="refs">
      [
      {refs.map((n, i) => {
        const entry = references?.find((r) => r.n === n);
        const title = entry ? entry.text : `Reference ${n} of ${source.title || 'the review'}`;
        const href = referenceUrl(source, n);
        return (
          <span key={n}>
            {i > 0 && ', '}
            {href ? (
              <a href={href} target="_blank" rel="noopener noreferrer" title={title} aria-label={`reference ${n}`}>{n}</a>
            ) : (
              <span title={title}>{n}</span>
            )}
          </span>
        );
      })}
      ]
    </span>
  );
}
