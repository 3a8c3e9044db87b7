// Our own JSON format: the serializer behind the app's JSON export and the CLI's
// `export --format json`. Returns a string; callers decide where it goes.

import type { ExonetGraph } from '../model/types';

export function toExonetJson(graph: ExonetGraph): string {
  const { format, version, source, nodes, edges, references, positions } = graph;
  const ordered: ExonetGraph = {
    format,
    version,
    source,
    nodes,
    edges,
    ...(references ? { references } : {}),
    ...(positions ? { positions } : {}),
  };
  return `${JSON.stringify(ordered, null, 2)}\n`;
}
