// Runs Leiden on the projection and writes each account's community to ngCommunity. randomSeed makes the run
// repeatable (with concurrency 1); gamma is the resolution, theta the randomness of the refinement step.
// :param graphName => 'networkgraph-coordination'
// :param config => {gamma: 1.0, theta: 0.01, maxLevels: 10, randomSeed: 42, concurrency: 1}
CALL gds.leiden.write($graphName, {
  writeProperty: 'ngCommunity',
  relationshipWeightProperty: 'weight',
  consecutiveIds: true,
  gamma: $config.gamma,
  theta: $config.theta,
  maxLevels: $config.maxLevels,
  randomSeed: $config.randomSeed,
  concurrency: $config.concurrency
})
YIELD communityCount, modularity, ranLevels, nodePropertiesWritten
RETURN communityCount, modularity, ranLevels, nodePropertiesWritten
