// Reads how far earlier pushes of a snapshot got, phase by phase, so an interrupted push resumes after the last
// committed batch instead of starting over.
// :param snapshotId => 'v2-1a2b'
MATCH (p:PushState {snapshotId: $snapshotId})
RETURN p.phase AS phase, p.batchesDone AS batchesDone, p.batchCount AS batchCount, p.batchSize AS batchSize
ORDER BY phase
