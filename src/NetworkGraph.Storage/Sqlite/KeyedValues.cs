using System.Text;
using NetworkGraph.Storage.Sqlite.Ingest;
using SQLitePCL;

namespace NetworkGraph.Storage.Sqlite;

/// <summary>The text values of chosen keys of a table keyed by its rowid (accounts, hashtags, URLs), read in one of two
/// ways with the same result: when the keys are many for the range of keys they span, one pass over that range in key
/// order, merged with the sorted keys (at 10 M posts the clustered posts name a million of 1.16 M URLs, and a lookup of
/// each through a JSON list took two seconds); else a lookup of each key.</summary>
internal static class KeyedValues
{
    /// <summary>Below one chosen key per this many keys of the range, each key is looked up instead.</summary>
    internal const int ScanWhenOneIn = 8;

    /// <summary>The value of each of <paramref name="keys"/> that <paramref name="table"/> holds, by key: the text of
    /// <paramref name="valueColumn"/> in the row whose rowid alias <paramref name="keyColumn"/> is the key. The names
    /// are the store's own, never input. <paramref name="scan"/> says whether to read the key range in one pass (true) or
    /// look up each key (false); by default, as <see cref="Dense"/> says.</summary>
    public static Dictionary<long, string> Read(
        sqlite3 db, string table, string keyColumn, string valueColumn, IEnumerable<long> keys, CancellationToken cancellationToken, bool? scan = null)
    {
        var sorted = keys.Distinct().ToArray();
        Array.Sort(sorted);
        var result = new Dictionary<long, string>(sorted.Length);
        if (sorted.Length == 0)
        {
            return result;
        }

        var (low, high) = (sorted[0], sorted[^1]);
        using var statement = (scan ?? Dense(low, high, sorted.Length))
            ? Range(db, table, keyColumn, valueColumn, low, high)
            : Listed(db, table, keyColumn, valueColumn, sorted);
        KeyRows.Of(sorted).Join(statement, (k, row) => result[sorted[k]] = Encoding.UTF8.GetString(row.Bytes(1)), cancellationToken);
        return result;
    }

    /// <summary>Whether <paramref name="count"/> distinct keys from <paramref name="low"/> to <paramref name="high"/> are
    /// at least one in <see cref="ScanWhenOneIn"/> of the keys that range holds.</summary>
    internal static bool Dense(long low, long high, int count)
    {
        var width = unchecked((ulong)(high - low)); // the range's keys less one, as an unsigned difference
        return (ulong)count * ScanWhenOneIn > width;
    }

    /// <summary>Every row of the key range, in key order.</summary>
    private static RawStatement Range(sqlite3 db, string table, string keyColumn, string valueColumn, long low, long high)
    {
        var statement = new RawStatement(db, $"SELECT {keyColumn}, {valueColumn} FROM {table} WHERE {keyColumn} BETWEEN ?1 AND ?2 ORDER BY {keyColumn}");
        statement.Bind(1, low);
        statement.Bind(2, high);
        return statement;
    }

    /// <summary>The rows of the keys (a JSON list), in key order.</summary>
    private static RawStatement Listed(sqlite3 db, string table, string keyColumn, string valueColumn, long[] sorted)
    {
        var statement = new RawStatement(
            db, $"SELECT {keyColumn}, {valueColumn} FROM {table} WHERE {keyColumn} IN (SELECT value FROM json_each(?1)) ORDER BY {keyColumn}");
        statement.BindText(1, Encoding.UTF8.GetBytes(Newtonsoft.Json.JsonConvert.SerializeObject(sorted)));
        return statement;
    }
}
