#!/usr/bin/env python3
"""Read FILE.gexf or FILE.graphml with networkx and compare it with FILE.expected.json (written by the C# sample test).

Prints one line per check (PASS/FAIL/SKIP ...). Exit status: 0 all passed, 1 a check failed, 77 networkx was skipped.
For GEXF it also checks the declared attribute columns (ids, titles, order) with the standard library's XML parser,
because networkx keeps only the columns that carry values.
Usage: read_networkx.py FILE [SIDECAR.json]
"""
import json
import os
import sys
import xml.etree.ElementTree as ET

import networkx as nx
from networkx.readwrite import gexf as nx_gexf

GEXF_NS = "http://gexf.net/1.3"
# Keys networkx fills from GEXF/GraphML fields and viz elements rather than from declared attributes.
GEXF_NODE_BUILTINS = {"label", "viz", "spells", "start", "end", "pid", "parents"}
GEXF_EDGE_BUILTINS = {"id", "weight", "label", "spells", "start", "end"}
GRAPHML_NODE_BUILTINS = {"label", "r", "g", "b", "size", "x", "y", "z"}
GRAPHML_EDGE_BUILTINS = {"id", "weight", "kind"}


def ensure_gexf_13():
    # networkx < 3.0 (Debian bookworm ships 2.8.8) predates the GEXF 1.3 namespace; register it the way 3.x does.
    if "1.3" not in nx_gexf.GEXF.versions:
        nx_gexf.GEXF.versions["1.3"] = {
            "NS_GEXF": GEXF_NS,
            "NS_VIZ": GEXF_NS + "/viz",
            "NS_XSI": "http://www.w3.org/2001/XMLSchema-instance",
            "SCHEMALOCATION": GEXF_NS + " " + GEXF_NS + "/gexf.xsd",
            "VERSION": "1.3",
        }


def attribute_keys(items, builtins):
    keys = set()
    for _, data in items:
        keys.update(k for k in data if k not in builtins)
    return keys


def compare_graph(graph, expected, node_builtins, edge_builtins, kinds_key):
    problems = []
    if graph.number_of_nodes() != expected["nodes"]:
        problems.append(f"nodes {graph.number_of_nodes()} != {expected['nodes']}")
    if graph.number_of_edges() != expected["edges"]:
        problems.append(f"edges {graph.number_of_edges()} != {expected['edges']}")
    node_keys = attribute_keys(graph.nodes(data=True), node_builtins)
    if node_keys != set(expected["usedNodeColumns"]):
        problems.append(f"node attributes {sorted(node_keys)} != {sorted(expected['usedNodeColumns'])}")
    edge_keys = attribute_keys(((None, d) for *_, d in graph.edges(data=True)), edge_builtins)
    if edge_keys != set(expected["usedEdgeColumns"]):
        problems.append(f"edge attributes {sorted(edge_keys)} != {sorted(expected['usedEdgeColumns'])}")
    for *_, data in graph.edges(data=True):
        if not isinstance(data.get("weight"), float):
            problems.append(f"edge {data.get('id')} has no float weight")
            break
    if kinds_key:
        kinds = {}
        for *_, data in graph.edges(data=True):
            kinds[data.get(kinds_key)] = kinds.get(data.get(kinds_key), 0) + 1
        if kinds != expected["edgeKinds"]:
            problems.append(f"edge kinds {kinds} != {expected['edgeKinds']}")
    for node_id, label in expected.get("labels", {}).items():
        if node_id not in graph:
            problems.append(f"node {node_id!r} missing")
        elif graph.nodes[node_id].get("label") != label:
            problems.append(f"label of {node_id!r} is {graph.nodes[node_id].get('label')!r}, expected {label!r}")
    return problems, len(node_keys), len(edge_keys)


def declared_columns(path, expected):
    root = ET.parse(path).getroot()
    declared = {"node": [], "edge": []}
    for attributes in root.iter(f"{{{GEXF_NS}}}attributes"):
        for attribute in attributes.findall(f"{{{GEXF_NS}}}attribute"):
            if attribute.get("id") != attribute.get("title"):
                return [f"column {attribute.get('id')!r} has title {attribute.get('title')!r}"]
            declared[attributes.get("class")].append(attribute.get("id"))
    problems = []
    for cls, key in (("node", "nodeColumns"), ("edge", "edgeColumns")):
        if declared[cls] != expected[key]:
            problems.append(f"{cls} columns {declared[cls]} != {expected[key]}")
    return problems


def main(path, sidecar):
    name = os.path.basename(path)
    with open(sidecar, encoding="utf-8") as f:
        expected = json.load(f)
    status = 0
    tag = f"networkx-{nx.__version__}"
    if expected["format"] == "gexf":
        problems = declared_columns(path, expected)
        if problems:
            print(f"FAIL declared-columns {name}: {'; '.join(problems)}")
            status = 1
        else:
            print(f"PASS declared-columns {name}: {len(expected['nodeColumns'])} node + {len(expected['edgeColumns'])} edge columns")
    reason = expected.get("skip", {}).get("networkx")
    if reason:
        print(f"SKIP {tag} {name}: {reason}")
        return status or 77
    try:
        if expected["format"] == "gexf":
            ensure_gexf_13()
            graph = nx.read_gexf(path)
            problems, n_keys, e_keys = compare_graph(graph, expected, GEXF_NODE_BUILTINS, GEXF_EDGE_BUILTINS, None)
        else:
            graph = nx.read_graphml(path)
            problems, n_keys, e_keys = compare_graph(graph, expected, GRAPHML_NODE_BUILTINS, GRAPHML_EDGE_BUILTINS, "kind")
    except Exception as err:  # a reader crash is a failed check, reported on one line
        problems = [f"{type(err).__name__}: {err}"]
    if problems:
        print(f"FAIL {tag} {name}: {'; '.join(problems)}")
        return 1
    print(f"PASS {tag} {name}: {graph.number_of_nodes()} nodes, {graph.number_of_edges()} edges, "
          f"{n_keys}+{e_keys} attributes, {len(expected.get('labels', {}))} labels")
    return status


if __name__ == "__main__":
    if len(sys.argv) < 2:
        print(__doc__, file=sys.stderr)
        sys.exit(2)
    sys.exit(main(sys.argv[1], sys.argv[2] if len(sys.argv) > 2 else sys.argv[1] + ".expected.json"))
