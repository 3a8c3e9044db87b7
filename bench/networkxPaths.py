# The networkx side of bench/cli.ts: load an ExoNet graph JSON, build a DiGraph of its
# edges and take the k shortest simple paths from one node to another.
import json, sys
from itertools import islice
import networkx as nx
g = json.load(open(sys.argv[1]))
G = nx.DiGraph()
G.add_nodes_from(n['id'] for n in g['nodes'])
G.add_edges_from((e['source'], e['target']) for e in g['edges'])
paths = list(islice(nx.shortest_simple_paths(G, sys.argv[2], sys.argv[3]), int(sys.argv[4])))
print(len(paths), len(paths[-1]) - 1 if paths else 0)
