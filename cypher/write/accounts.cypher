// Upserts one batch of accounts with their profile properties. Values are absolute, so a batch that is sent twice
// leaves the store as it was after the first time. A null clears the property.
// :param rows => [{id: '1001', handle: 'example_account', displayName: 'Example', location: 'Baku', bio: 'Free text', language: 'az', createdAt: datetime('2021-03-01T10:00:00Z'), followers: 120, following: 40, observedAt: datetime('2024-01-05T08:00:00Z')}]
UNWIND $rows AS row
MERGE (a:Account {id: row.id})
SET a.handle = row.handle,
    a.displayName = row.displayName,
    a.location = row.location,
    a.bio = row.bio,
    a.language = row.language,
    a.createdAt = row.createdAt,
    a.followers = row.followers,
    a.following = row.following,
    a.observedAt = row.observedAt
RETURN count(a) AS written
