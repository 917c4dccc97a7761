using System.Text;
using NetworkGraph.Core.Coordination;
using NetworkGraph.Storage.Sqlite.Ingest;
using SQLitePCL;

namespace NetworkGraph.Storage.Sqlite;

/// <summary>Every account's id by its key, read once through a read's own connection (so inside its snapshot: an
/// ingest adding accounts meanwhile cannot give a post read later an author the table lacks); a lookup of a small key
/// reads one array slot (<see cref="KeyMap"/>).</summary>
internal sealed class AccountIdsByKey
{
    private const long MaxPositiveTableKey = 1 << 16; // positive account keys are numeric ids: sparse
    private readonly KeyMap _indexOfKey = new(MaxPositiveTableKey);
    private readonly List<string> _ids = [];

    private AccountIdsByKey()
    {
    }

    /// <summary>Reads the accounts table through <paramref name="db"/>.</summary>
    public static AccountIdsByKey Read(sqlite3 db, CancellationToken cancellationToken)
    {
        var accounts = new AccountIdsByKey();
        using var statement = new RawStatement(db, "SELECT account_key, account_id FROM accounts");
        statement.ForEachRow(row =>
        {
            accounts._indexOfKey.Add(row.Int64(0), accounts._ids.Count);
            accounts._ids.Add(Encoding.UTF8.GetString(row.Bytes(1)));
        }, cancellationToken);

        return accounts;
    }

    /// <summary>The id of the account keyed <paramref name="key"/>, or null when there is none.</summary>
    public string? Find(long key) => _indexOfKey.TryGetValue(key, out var index) ? _ids[index] : null;

    /// <summary>The id of the account keyed <paramref name="key"/>, which must exist.</summary>
    public string Get(long key) => Find(key) ?? throw new KeyNotFoundException($"No account has the key {key}.");
}
