// Details of a node: label, type, description, aliases, links out, its own evidence, and
// its edges grouped by relation and direction.

import { isHedgedOnly } from '../../core/model/certainty';
import { externalLinks } from '../../core/model/referenceUrl';
import type { GraphEdge, GraphNode } from '../../core/model/types';
import { countOf, edgeSentence, relationPhrase } from '../../core/words/phrases';
import { nodeMapOf } from '../../state/selectors';
import { useAppStore } from '../../state/store';
import { TypeBadge } from '../Legend/TypeBadge';
import { EdgeGroup } from './EdgeGroup';
import { EvidenceList } from './EvidenceList';

function groupEdges(edges: GraphEdge[], nodeId: string): Array<{ title: string; items: Array<{ edge: GraphEdge; other: string }> }> {
  const groups = new Map<string, Array<{ edge: GraphEdge; other: string }>>();
  for (const edge of edges) {
    const outgoing = edge.source === nodeId;
    const phrase = relationPhrase(edge.relation);
    const title = outgoing ? phrase.forward : phrase.backward;
    const list = groups.get(title) ?? [];
    list.push({ edge, other: outgoing ? edge.target : edge.source });
    groups.set(title, list);
  }
  return [...groups].map(([title, items]) => ({ title, items }));
}

function canonicalText(node: GraphNode): string {
  if (node.type !== 'hallmark' || node.canonical === undefined) return '';
  return node.canonical ? ' · a hallmark of cancer (Hanahan and Weinberg)' : ' · a hallmark as the review names it';
}

export function NodeDetails({ node }: { node: GraphNode }) {
  const graph = useAppStore((s) => s.graph);
  const select = useAppStore((s) => s.select);
  const nodes = nodeMapOf(graph);
  const edges = graph.edges.filter((e) => e.source === node.id || e.target === node.id);
  const links = externalLinks(node.xrefs as Record<string, string | undefined> | undefined);
  return (
    <article className="details" aria-labelledby="details-title">
      <header>
        <h2 id="details-title"><TypeBadge type={node.type} size={20} /> {node.label}</h2>
        <p className="type-line">{node.type}{canonicalText(node)}{node.exosomal ? ' · found in exosomes' : ''} · {countOf(edges.length, 'edge')}</p>
      </header>
      {node.description && <p className="description">{node.description}</p>}
      {node.aliases && node.aliases.length > 0 && <p className="aliases"><span className="k">Also:</span> {node.aliases.join(' · ')}</p>}
      {links.length > 0 && (
        <p className="links">
          {links.map((l) => <a key={l.href} href={l.href} target="_blank" rel="noopener noreferrer">{l.label}</a>)}
        </p>
      )}
      {node.evidence && node.evidence.length > 0 && (
        <section>
          <h3>What the review says of it</h3>
          <EvidenceList evidence={node.evidence} />
        </section>
      )}
      {groupEdges(edges, node.id).map((group) => (
        <EdgeGroup key={`${node.id} ${group.title}`} title={group.title} count={group.items.length}>
          {(limit) => group.items.slice(0, limit).map(({ edge, other }) => (
            <li key={edge.id}>
              <button type="button" className="link-button" onClick={() => select({ kind: 'node', id: other })}>
                {nodes.get(other)?.label ?? other}
              </button>
              {isHedgedOnly(edge.evidence) && <span className="hedged-tag" title="Every statement of this edge is hedged in the review">hedged</span>}
              <button type="button" className="link-button small" onClick={() => select({ kind: 'edge', id: edge.id })} aria-label={`Evidence: ${edgeSentence(edge, (id) => nodes.get(id)?.label ?? id)}`}>
                evidence
              </button>
              <EvidenceList evidence={edge.evidence} edgeId={edge.id} />
            </li>
          ))}
        </EdgeGroup>
      ))}
    </article>
  );
}
