'use strict'
// One async function per scenario file in tests/NetworkGraph.Bolt.Tests/Scenarios/: the same client actions and
// assertions as the C# test of that scenario, done with the official driver.
const assert = require('node:assert/strict')
const neo4j = require('neo4j-driver')

const { int } = neo4j
const num = v => (v !== null && typeof v === 'object' && typeof v.toNumber === 'function') ? v.toNumber() : v
const write = { database: 'neo4j' }

async function expectFailure (promise, pattern) {
  try {
    await promise
  } catch (error) {
    const text = `${error.code || ''} ${error.message || ''}`
    assert.match(text, pattern, `unexpected error: ${text}`)
    return error
  }
  assert.fail(`expected a failure matching ${pattern}`)
}

// Runs fn(session) on a fresh driver and closes both (the driver's close sends GOODBYE).
async function withSession (ctx, fn, { scheme = 'bolt', auth, config, session = write } = {}) {
  const d = ctx.driver(scheme, auth, config)
  const s = d.session(session)
  try {
    return await fn(s, d)
  } finally {
    await s.close()
    await d.close()
  }
}

async function autoCommit (ctx) {
  await withSession(ctx, async s => {
    const result = await s.run("RETURN $x AS n, 'a' AS s", { x: int(1) })
    assert.deepEqual(result.records.map(r => num(r.get('n'))), [1, 2])
    assert.deepEqual(result.records.map(r => r.get('s')), ['a', 'b'])
    assert.deepEqual(s.lastBookmarks(), ['bm:1'])
  })
}

async function returnOne (ctx, auth, scheme = 'bolt') {
  await withSession(ctx, async s => {
    const result = await s.run('RETURN 1 AS n')
    assert.equal(num(result.records[0].get('n')), 1)
  }, { auth, scheme })
}

async function explicitCommit (ctx) {
  await withSession(ctx, async s => {
    const tx = s.beginTransaction({ timeout: 5000 })
    const result = await tx.run('CREATE (n:Person {name: $name}) RETURN n.name AS name', { name: 'Ann' })
    assert.equal(result.records[0].get('name'), 'Ann')
    await tx.commit()
    assert.deepEqual(s.lastBookmarks(), ['bm:tx1'])
  })
}

async function explicitRollback (ctx) {
  await withSession(ctx, async s => {
    const tx = s.beginTransaction()
    const result = await tx.run('CREATE (n:Person) RETURN id(n) AS id')
    assert.equal(num(result.records[0].get('id')), 17)
    await tx.rollback()
    assert.deepEqual(s.lastBookmarks(), [])
  })
}

async function paging (ctx) {
  await withSession(ctx, async s => {
    const result = await s.run('UNWIND range(1, 5) AS i RETURN i')
    assert.deepEqual(result.records.map(r => num(r.get('i'))), [1, 2, 3, 4, 5])
    assert.deepEqual(s.lastBookmarks(), ['bm:page'])
  }, { config: { fetchSize: 2 } })
}

async function discard (ctx) {
  await withSession(ctx, async s => {
    // summary() without reading: the driver skips the first page and DISCARDs the rest instead of pulling it.
    const summary = await s.run('UNWIND range(1, 3) AS i RETURN i').summary()
    assert.equal(summary.queryType, 'r')
    assert.deepEqual(s.lastBookmarks(), ['bm:discard'])
  }, { config: { fetchSize: 2 } })
}

async function failureResetReuse (ctx, gqlStatus) {
  await withSession(ctx, async s => {
    const error = await expectFailure(s.run('RETURN 1 +'), /Neo\.ClientError\.Statement\.SyntaxError/)
    assert.match(error.message, /Invalid input '\+'/)
    if (gqlStatus) assert.equal(error.gqlStatus, gqlStatus)
    const result = await s.run('RETURN 1 AS n')
    assert.equal(num(result.records[0].get('n')), 1)
  })
}

async function noop (ctx) {
  await withSession(ctx, async s => {
    const result = await s.run('RETURN 1 AS n')
    assert.deepEqual(result.records.map(r => num(r.get('n'))), [1, 2])
  })
}

async function large (ctx) {
  await withSession(ctx, async s => {
    const result = await s.run('RETURN $text AS text', { text: 'x'.repeat(70000) })
    assert.equal(result.records[0].get('text'), 'y'.repeat(70000))
  })
}

async function bookmarks (ctx) {
  const d = ctx.driver()
  try {
    const w = d.session({ database: 'neo4j', bookmarks: ['bm:0'] })
    const summary = await w.executeWrite(tx => tx.run('CREATE (:Marker)').then(r => r.summary))
    assert.equal(summary.counters.updates().nodesCreated, 1)
    const afterWrite = w.lastBookmarks()
    await w.close()
    assert.deepEqual(afterWrite, ['bm:1'])
    const r = d.session({ database: 'neo4j', bookmarks: afterWrite, defaultAccessMode: neo4j.session.READ })
    const result = await r.run('MATCH (m:Marker) RETURN count(m) AS c')
    assert.equal(num(result.records[0].get('c')), 1)
    assert.deepEqual(r.lastBookmarks(), ['bm:2'])
    await r.close()
  } finally {
    await d.close()
  }
}

async function routing (ctx) {
  await withSession(ctx, async s => {
    await s.executeWrite(tx => tx.run('CREATE (a:Account {id: $id})', { id: int(1) }))
    const count = await s.executeRead(async tx => num((await tx.run('MATCH (a:Account) RETURN count(a) AS c')).records[0].get('c')))
    assert.equal(count, 1)
    assert.deepEqual(s.lastBookmarks(), ['bm:r1'])
  }, { scheme: 'neo4j' })
}

async function notALeader (ctx) {
  await withSession(ctx, async s => {
    let attempts = 0
    const summary = await s.executeWrite(async tx => {
      attempts++
      return (await tx.run('CREATE (a:Account {id: $id})', { id: int(42) })).summary
    })
    assert.equal(attempts, 2)
    assert.equal(summary.counters.updates().nodesCreated, 1)
    assert.deepEqual(s.lastBookmarks(), ['bm:leader'])
  }, { scheme: 'neo4j' })
}

async function wrongPassword (ctx) {
  await withSession(ctx, async s => {
    const error = await expectFailure(s.run('RETURN 1 AS n'), /Neo\.ClientError\.Security\.Unauthorized/)
    assert.doesNotMatch(String(error.stack), /not-the-password/)
  }, { auth: neo4j.auth.basic('neo4j', 'not-the-password') })
}

async function transientRetry (ctx) {
  await withSession(ctx, async s => {
    let attempts = 0
    const created = await s.executeWrite(async tx => {
      attempts++
      return (await tx.run('MERGE (a:Account {id: $id})', { id: int(7) })).summary.counters.updates().nodesCreated
    })
    assert.equal(attempts, 2)
    assert.equal(created, 1)
    assert.deepEqual(s.lastBookmarks(), ['bm:retry'])
  })
}

async function unwindRows (ctx) {
  await withSession(ctx, async s => {
    const rows = [{ id: int(1), name: 'alpha' }, { id: int(2), name: 'beta' }, { id: int(3), name: null }]
    const summary = await s.executeWrite(async tx =>
      (await tx.run('UNWIND $rows AS row MERGE (a:Account {id: row.id}) SET a.name = row.name', { rows })).summary)
    assert.equal(summary.counters.updates().nodesCreated, 3)
    assert.equal(summary.counters.updates().propertiesSet, 5)
  })
}

async function graphTypes (ctx, elementIds) {
  await withSession(ctx, async s => {
    const record = (await s.run('MATCH p = (a)-[r:KNOWS]->(b) RETURN a, r, p')).records[0]
    const a = record.get('a')
    const r = record.get('r')
    const p = record.get('p')
    assert.equal(num(a.identity), 1)
    assert.deepEqual(a.labels, ['Person'])
    assert.equal(a.properties.name, 'Ann')
    assert.equal(r.type, 'KNOWS')
    assert.equal(num(r.start), 1)
    assert.equal(num(r.end), 2)
    if (elementIds) {
      assert.equal(a.elementId, '4:db:1')
      assert.equal(r.elementId, '5:db:9')
      assert.equal(r.startNodeElementId, '4:db:1')
    }
    assert.deepEqual([p.start.properties.name, p.end.properties.name], ['Ann', 'Bob'])
    assert.equal(p.segments.length, 1)
  })
}

// Same values as ValueScenarioTests.Values(), built with the official driver's types.
function values () {
  const t = neo4j.types
  return [
    null, true, int(-17), int(1000), int(100000), int(5000000000), 1.5, 'h\u00e9llo', new Int8Array([1, 2, 3]),
    [int(1), 'two'], { k: 'v' },
    new t.Date(int(2022), int(1), int(8)),
    new t.LocalTime(int(1), int(2), int(3), int(42)),
    new t.Time(int(1), int(2), int(3), int(42), int(3600)),
    new t.LocalDateTime(int(2023), int(11), int(14), int(22), int(13), int(20), int(123456789)),
    new t.DateTime(int(2023), int(11), int(14), int(23), int(13), int(20), int(123456789), int(3600)),
    new t.DateTime(int(2023), int(11), int(14), int(23), int(13), int(20), int(5), null, 'Europe/Paris'),
    new t.Duration(int(14), int(3), int(7200), int(500)),
    new t.Point(int(4326), 2.35, 48.85),
    new t.Point(int(4979), 1.0, 2.0, 3.0)
  ]
}

async function valueTypes (ctx) {
  await withSession(ctx, async s => {
    const v = (await s.run('RETURN $values AS v', { values: values() })).records[0].get('v')
    assert.equal(v.length, 20)
    assert.deepEqual(v.slice(0, 8).map(num), [null, true, -17, 1000, 100000, 5000000000, 1.5, 'h\u00e9llo'])
    assert.deepEqual(Array.from(v[8]), [1, 2, 3])
    assert.equal(v[11].toString(), '2022-01-08')
    assert.equal(v[15].toString(), '2023-11-14T23:13:20.123456789+01:00')
    assert.equal(v[16].timeZoneId, 'Europe/Paris')
    assert.equal(num(v[16].hour), 23)
    assert.equal(num(v[19].srid), 4979)
  })
}

async function recvTimeout (ctx) {
  await withSession(ctx, s => expectFailure(s.run('RETURN 1 AS n'), /timeout|timed out|ServiceUnavailable|SessionExpired/i))
}

module.exports = {
  v5_auto_commit: autoCommit,
  v44_auto_commit: autoCommit,
  v50_auth_in_hello: ctx => returnOne(ctx),
  v51_bearer_auth: ctx => returnOne(ctx, neo4j.auth.bearer('token-abc')),
  v54_auth_none: ctx => returnOne(ctx, neo4j.auth.none()),
  v5_explicit_tx_commit: explicitCommit,
  v44_explicit_tx_commit: explicitCommit,
  v5_explicit_tx_rollback: explicitRollback,
  v44_explicit_tx_rollback: explicitRollback,
  v5_paging_has_more: paging,
  v44_paging_has_more: paging,
  v5_discard: discard,
  v44_discard: discard,
  v5_bookmarks: bookmarks,
  v44_bookmarks: bookmarks,
  v5_failure_ignored_reset: ctx => failureResetReuse(ctx, '42001'),
  v44_failure_ignored_reset: ctx => failureResetReuse(ctx, null),
  v5_noop_chunks: noop,
  v44_noop_chunks: noop,
  v5_large_message: large,
  v44_large_message: large,
  v5_routing: routing,
  v44_routing: routing,
  v5_routing_not_a_leader: notALeader,
  v44_routing_not_a_leader: notALeader,
  v5_wrong_password: wrongPassword,
  v44_wrong_password: wrongPassword,
  v5_transient_retry: transientRetry,
  v44_transient_retry: transientRetry,
  v5_unwind_rows: unwindRows,
  v44_unwind_rows: unwindRows,
  v5_graph_types: ctx => graphTypes(ctx, true),
  v44_graph_types: ctx => graphTypes(ctx, false),
  v5_value_types: valueTypes,
  v44_legacy_datetime: valueTypes,
  v44_utc_patch: valueTypes,
  v5_recv_timeout_hint: recvTimeout,
  v44_recv_timeout_hint: recvTimeout,
  http_port: ctx => withSession(ctx, s => expectFailure(s.run('RETURN 1'), /HTTP/)),
  no_common_version: ctx => withSession(ctx, s => expectFailure(s.run('RETURN 1'), /protocol|version|handshake/i)),
  refused_connection: ctx => withSession(ctx, s => expectFailure(s.run('RETURN 1'), /ECONNREFUSED|ServiceUnavailable/)),
  tls_self_signed: ctx => returnOne(ctx, undefined, 'bolt+ssc'),
  tls_untrusted: ctx => withSession(ctx, s => expectFailure(s.run('RETURN 1'), /certificate|self.signed|ServiceUnavailable/i), { scheme: 'bolt+s' })
}
