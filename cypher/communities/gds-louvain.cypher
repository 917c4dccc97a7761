// Runs Louvain on the projection and writes each account's community to ngCommunity. Louvain takes no randomSeed
// (GDS rejects unknown keys), so its result can differ between runs with concurrency above 1.
// :param graphName => 'networkgraph-coordination'
// :param config => {maxLevels: 10, maxIterations: 10, tolerance: 0.0001, concurrency: 1}
CALL gds.louvain.write($graphName, {
  writeProperty: 'ngCommunity',
  relationshipWeightProperty: 'weight',
  consecutiveIds: true,
  maxLevels: $config.maxLevels,
  maxIterations: $config.maxIterations,
  tolerance: $config.tolerance,
  concurrency: $config.concurrency
})
YIELD communityCount, modularity, ranLevels, nodePropertiesWritten
RETURN communityCount, modularity, ranLevels, nodePropertiesWritten
