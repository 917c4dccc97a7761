// Records that a phase of a snapshot's push has committed batchesDone batches. Runs in the same transaction as the
// batch it counts, so the count and the data commit or roll back together.
// :param state => {snapshotId: 'v2-1a2b', phase: 'accounts', batchesDone: 3, batchCount: 10, batchSize: 5000}
MERGE (p:PushState {key: $state.snapshotId + '/' + $state.phase})
SET p.snapshotId = $state.snapshotId,
    p.phase = $state.phase,
    p.batchesDone = $state.batchesDone,
    p.batchCount = $state.batchCount,
    p.batchSize = $state.batchSize
RETURN p.batchesDone AS batchesDone
