// Removes the community property left by an earlier run, in batches, so the result read back holds this run only.
// CALL ... IN TRANSACTIONS needs an auto-commit transaction: send it with a session run, not inside BEGIN/COMMIT.
MATCH (a:Account)
WHERE a.ngCommunity IS NOT NULL
CALL (a) {
  REMOVE a.ngCommunity
} IN TRANSACTIONS OF 10000 ROWS
RETURN count(a) AS cleared
