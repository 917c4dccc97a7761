using System.Reflection;
using System.Text.RegularExpressions;

namespace NetworkGraph.Storage.Sqlite;

/// <summary>One schema migration: a numbered SQL script.</summary>
internal sealed partial record Migration(int Version, string Name, string Sql)
{
    private const string ResourcePrefix = "Sqlite.Migrations.";

    /// <summary>The scripts embedded from Sqlite/Migrations/V###_*.sql, in name order.</summary>
    public static IReadOnlyList<Migration> LoadEmbedded()
    {
        var assembly = typeof(Migration).Assembly;
        var names = assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith(ResourcePrefix, StringComparison.Ordinal) && n.EndsWith(".sql", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal);
        return FromScripts(names.Select(n => (n[ResourcePrefix.Length..], Read(assembly, n))));
    }

    /// <summary>Builds the ordered list from (file name, SQL) pairs; names must read V###_description.sql and
    /// their numbers must rise strictly in name order.</summary>
    public static IReadOnlyList<Migration> FromScripts(IEnumerable<(string FileName, string Sql)> scripts)
    {
        var result = new List<Migration>();
        foreach (var (fileName, sql) in scripts.OrderBy(s => s.FileName, StringComparer.Ordinal))
        {
            var match = FileNamePattern().Match(fileName);
            if (!match.Success)
            {
                throw new InvalidOperationException(
                    $"Migration '{fileName}' is misnamed: expected V<number>_<description>.sql, e.g. V002_clusters.sql.");
            }

            var version = int.Parse(match.Groups[1].ValueSpan, provider: System.Globalization.CultureInfo.InvariantCulture);
            if (result.Count > 0 && version <= result[^1].Version)
            {
                throw new InvalidOperationException(
                    $"Migration '{fileName}' has version {version}, not above '{result[^1].Name}' before it in name order; "
                    + "pad numbers to the same width (V002, V010).");
            }

            result.Add(new Migration(version, fileName, sql));
        }

        return result;
    }

    private static string Read(Assembly assembly, string resource)
    {
        using var stream = assembly.GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"Missing resource {resource}.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    [GeneratedRegex(@"^V(\d+)_[^/\\]+\.sql$", RegexOptions.CultureInvariant)]
    private static partial Regex FileNamePattern();
}
