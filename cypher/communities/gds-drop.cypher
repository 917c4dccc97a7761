// Drops the in-memory projection if it exists (also the leftover of a run that crashed).
// :param graphName => 'networkgraph-coordination'
CALL gds.graph.drop($graphName, false) YIELD graphName
RETURN graphName
