// A trivial query whose summary tells which database the session reached (networkgraph neo4j check).
RETURN 1 AS ok
