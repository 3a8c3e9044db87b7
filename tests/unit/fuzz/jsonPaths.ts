// Helpers for fuzz tests that edit JSON documents in place: every path into a document,
// and the container that holds the value at a path.

export type Container = Record<string | number, unknown>;
export type JsonPath = (string | number)[];

/** Every path into `value`, the root ([]) first. */
export function pathsOf(value: unknown, prefix: JsonPath = [], out: JsonPath[] = []): JsonPath[] {
  out.push(prefix);
  if (Array.isArray(value)) value.forEach((v, i) => pathsOf(v, [...prefix, i], out));
  else if (typeof value === 'object' && value !== null) for (const [k, v] of Object.entries(value)) pathsOf(v, [...prefix, k], out);
  return out;
}

/** The container of the value at a non-empty path, and its key there. */
export function parentOf(doc: unknown, path: JsonPath): { parent: Container; key: string | number } {
  const parent = path.slice(0, -1).reduce((node, key) => node[key] as Container, doc as Container);
  return { parent, key: path[path.length - 1] };
}
