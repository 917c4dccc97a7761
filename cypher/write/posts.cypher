// Upserts one batch of posts and links each to its author. Only sent when a push asks for posts (off by default:
// on large archives the posts dominate the store and the analyst queries need only the evidence ids on edges).
// :param rows => [{id: '9001', authorId: '1001', time: datetime('2023-09-12T09:30:00Z'), text: 'Copied text', language: 'az', kind: 'Original', referencedPostId: null, hashtags: ['BIG'], urls: []}]
UNWIND $rows AS row
MERGE (p:Post {id: row.id})
SET p.authorId = row.authorId,
    p.time = row.time,
    p.text = row.text,
    p.language = row.language,
    p.kind = row.kind,
    p.referencedPostId = row.referencedPostId,
    p.hashtags = row.hashtags,
    p.urls = row.urls
MERGE (a:Account {id: row.authorId})
MERGE (a)-[:POSTED]->(p)
RETURN count(p) AS written
