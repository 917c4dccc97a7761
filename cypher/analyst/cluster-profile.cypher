// The profile signals of a cluster in aggregate: the most common declared locations, languages and account
// creation months, each with its share of the members (creation bursts and a shared location stand out here).
// :param clusterId => 'v2-1a2b/C1-4'
// :param top => 5
MATCH (c:Cluster {id: $clusterId})<-[:IN_CLUSTER]-(a:Account)
WITH c.size AS size, collect(a) AS members
UNWIND [
  {signal: 'location', values: [m IN members | coalesce(m.location, '(none)')]},
  {signal: 'language', values: [m IN members | coalesce(m.language, '(none)')]},
  {signal: 'created', values: [m IN members | coalesce(toString(date.truncate('month', m.createdAt)), '(unknown)')]}
] AS facet
UNWIND facet.values AS value
WITH size, facet.signal AS signal, value, count(*) AS accounts
ORDER BY signal, accounts DESC, value
WITH size, signal, collect({value: value, accounts: accounts, share: round(toFloat(accounts) / size, 3)}) AS ranked
RETURN signal, ranked[0..$top] AS top
ORDER BY signal
