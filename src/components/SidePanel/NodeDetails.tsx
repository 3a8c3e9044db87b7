// Details of a node: label, type, description, aliases, links out, its own evidence, and
// its edges grouped by relation and direction.

import { externalLinks } from '../../core/model/referenceUrl';
import type { GraphEdge, GraphNode } from '../../core/model/types';
import { nodeMapOf } from '../../state/selectors';
import { useAppStore } from '../../state/store';
import { TypeBadge } from '../Legend/TypeBadge';
import { EdgeGroup } from './EdgeGroup';
import { EvidenceList } from './EvidenceList';

function groupEdges(edges: GraphEdge[], nodeId: string): Array<{ title: string; items: Array<{ edge: GraphEdge; other: string }> }> {
  const groups = new Map<string, Array<{ edge: GraphEdge; other: string }>>();
  for (const edge of edges) {
    const outgoing = edge.source === nodeId;
    const title = outgoing ? `${edge.relation.replace(/_/g, ' ')} →` : `← ${edge.relation.replace(/_/g, ' ')} by`;
    const list = groups.get(title) ?? [];
    list.push({ edge, other: outgoing ? edge.target : edge.source });
    groups.set(title, list);
  }
  return [...groups].map(([title, items]) => ({ title, items }));
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
        <p className="type-line">{node.type}{node.exosomal ? ' · found in exosomes' : ''} · {edges.length} edge{edges.length === 1 ? '' : 's'}</p>
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
              <button type="button" className="link-button small" onClick={() => select({ kind: 'edge', id: edge.id })} aria-label={`Evidence for ${node.label} ${edge.relation} ${nodes.get(other)?.label ?? other}`}>
                evidence
              </button>
              <EvidenceList evidence={edge.evidence} />
            </li>
          ))}
        </EdgeGroup>
      ))}
    </article>
  );
}
