using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Data.Sqlite;

namespace NetworkGraph.Storage.Sqlite;

public sealed partial class SqliteStore
{
    /// <summary>Writes every table's content in a canonical text form (tables by name, rows sorted by all columns,
    /// values typed and escaped), leaving out only when migrations were applied. Two stores with the same content
    /// give the same dump.</summary>
    public async Task WriteCanonicalDumpAsync(TextWriter writer, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(writer);
        var tables = new List<string>();
        await using (var list = _connection.CreateCommand())
        {
            list.CommandText = "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name";
            await using var reader = await list.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                tables.Add(reader.GetString(0));
            }
        }

        foreach (var table in tables)
        {
            var columns = await ColumnsAsync(table, cancellationToken);
            if (table == "schema_version")
            {
                columns.Remove("applied_at");
            }

            var list = string.Join(", ", columns.Select(Quote));
            await writer.WriteLineAsync($"## {table} ({list})".AsMemory(), cancellationToken);
            await using var command = _connection.CreateCommand();
            command.CommandText = $"SELECT {list} FROM {Quote(table)} ORDER BY {string.Join(", ", Enumerable.Range(1, columns.Count))}";
            await using var rows = await command.ExecuteReaderAsync(cancellationToken);
            var line = new StringBuilder();
            while (await rows.ReadAsync(cancellationToken))
            {
                line.Clear();
                for (var i = 0; i < rows.FieldCount; i++)
                {
                    line.Append(i == 0 ? string.Empty : "|").Append(Render(rows.GetValue(i)));
                }

                await writer.WriteLineAsync(line, cancellationToken);
            }
        }
    }

    /// <summary>SHA-256 (hex) of <see cref="WriteCanonicalDumpAsync"/>: equal for stores with equal content.</summary>
    public async Task<string> ComputeContentHashAsync(CancellationToken cancellationToken = default)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        await using var writer = new HashingWriter(hash);
        await WriteCanonicalDumpAsync(writer, cancellationToken);
        await writer.FlushAsync(cancellationToken);
        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }

    private async Task<List<string>> ColumnsAsync(string table, CancellationToken cancellationToken)
    {
        var columns = new List<string>();
        await using var command = _connection.CreateCommand();
        command.CommandText = "SELECT name FROM pragma_table_info($t) ORDER BY cid";
        command.Parameters.AddWithValue("$t", table);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            columns.Add(reader.GetString(0));
        }

        return columns;
    }

    private static string Quote(string name) => "\"" + name.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";

    private static string Render(object value) => value switch
    {
        DBNull => "NULL",
        long l => l.ToString(CultureInfo.InvariantCulture),
        double d => "r" + d.ToString("R", CultureInfo.InvariantCulture),
        string s => Newtonsoft.Json.JsonConvert.ToString(s),
        byte[] b => "x" + Convert.ToHexString(b),
        _ => throw new SqliteException($"Unexpected value type {value.GetType()}", 0),
    };

    /// <summary>Feeds written text, as UTF-8, to a hash; the encoder keeps surrogate pairs whole across calls.</summary>
    private sealed class HashingWriter(IncrementalHash hash) : TextWriter
    {
        private readonly Encoder _encoder = new UTF8Encoding(false).GetEncoder();
        private byte[] _bytes = new byte[4096];

        public override Encoding Encoding => Encoding.UTF8;

        public override void Write(char value) => Write([value]);

        public override void Write(string? value) => Write(value.AsSpan());

        public override void Write(char[] buffer, int index, int count) => Write(buffer.AsSpan(index, count));

        public override void Write(ReadOnlySpan<char> chars)
        {
            var needed = _encoder.GetByteCount(chars, flush: false);
            if (needed > _bytes.Length)
            {
                _bytes = new byte[needed];
            }

            var length = _encoder.GetBytes(chars, _bytes, flush: false);
            hash.AppendData(_bytes, 0, length);
        }
    }
}
