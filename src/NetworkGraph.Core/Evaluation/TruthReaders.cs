using System.Globalization;

namespace NetworkGraph.Core.Evaluation;

/// <summary>Reads ground-truth tables (account -> label) and campaign files.</summary>
public static class TruthReaders
{
    private static readonly char[] CampaignSeparators = [';', '|', ' '];

    /// <summary>Reads an account -> label CSV with a header row.</summary>
    public static async Task<GroundTruth> ReadGroundTruthAsync(string path, GroundTruthColumns? columns, CancellationToken cancellationToken)
    {
        var bytes = await File.ReadAllBytesAsync(path, cancellationToken);
        return ReadGroundTruth(new MemoryStream(bytes), path, columns);
    }

    /// <summary>Reads an account -> label CSV with a header row; <paramref name="source"/> names it in errors.</summary>
    public static GroundTruth ReadGroundTruth(TextReader reader, string source, GroundTruthColumns? columns = null)
    {
        ArgumentNullException.ThrowIfNull(reader);
        return ReadGroundTruth(Utf8(reader.ReadToEnd()), source, columns);
    }

    /// <summary>Reads an account -> label CSV (UTF-8) with a header row; <paramref name="source"/> names it in errors.</summary>
    public static GroundTruth ReadGroundTruth(Stream stream, string source, GroundTruthColumns? columns = null)
    {
        columns ??= new GroundTruthColumns();
        using var records = CsvRecords.Read(stream, source).GetEnumerator();
        var header = Header(records, source);
        var id = Column(header, [columns.Id, "userid", "id"]) ?? 0;
        var named = Column(header, [columns.Label, "label"]);
        var label = named ?? (header.Count > 1 ? 1 : throw new TruthFileException($"{source} line 1: no label column ('{columns.Label}' or 'label')."));
        var community = Column(header, [columns.Community]);
        var campaigns = Column(header, [columns.Campaigns]);

        var accounts = new Dictionary<string, TruthAccount>(StringComparer.Ordinal);
        while (records.MoveNext())
        {
            var (line, f) = records.Current;
            var accountId = Field(f, id, header, source, line, required: true)!;
            var value = Field(f, label, header, source, line, required: true)!;
            var planted = community is { } ci ? Field(f, ci, header, source, line, required: false) : null;
            var ids = campaigns is { } ca ? (Field(f, ca, header, source, line, required: false) ?? "").Split(CampaignSeparators, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries) : [];
            if (!accounts.TryAdd(accountId, new TruthAccount(accountId, value, planted, ids)))
            {
                throw new TruthFileException($"{source} line {line}: field '{header[id]}': account '{accountId}' is listed twice.");
            }
        }

        return new GroundTruth(source, accounts, community is not null) { LabelColumn = header[label], LabelColumnNamed = named is not null };
    }

    /// <summary>
    /// Reads a campaigns file: the generator's campaigns.json (an array of {id, name, start, end}) or a CSV with
    /// columns id, name, start, end; dates as yyyy-MM-dd or ISO 8601 times (taken in UTC).
    /// </summary>
    public static async Task<IReadOnlyList<TruthCampaign>> ReadCampaignsAsync(string path, CancellationToken cancellationToken)
    {
        var text = await File.ReadAllTextAsync(path, cancellationToken);
        return ReadCampaigns(new StringReader(text), path);
    }

    /// <summary>Reads a campaigns file (JSON array or CSV, told apart by the first character); <paramref name="source"/> names it in errors.</summary>
    public static IReadOnlyList<TruthCampaign> ReadCampaigns(TextReader reader, string source)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var text = reader.ReadToEnd();
        return text.AsSpan().TrimStart().StartsWith("[") ? CampaignJson.Read(text, source, Date) : ReadCampaignCsv(Utf8(text), source);
    }

    private static List<TruthCampaign> ReadCampaignCsv(Stream stream, string source)
    {
        using var records = CsvRecords.Read(stream, source).GetEnumerator();
        var header = Header(records, source);
        int Need(string name) => Column(header, [name]) ?? throw new TruthFileException($"{source} line 1: no '{name}' column.");
        int id = Need("id"), start = Need("start"), end = Need("end");
        var name = Column(header, ["name"]);
        var result = new List<TruthCampaign>();
        while (records.MoveNext())
        {
            var (line, f) = records.Current;
            var campaign = new TruthCampaign(
                Field(f, id, header, source, line, required: true)!,
                name is { } n ? Field(f, n, header, source, line, required: false) ?? "" : "",
                Date(Field(f, start, header, source, line, required: true)!, source, line, header[start]),
                Date(Field(f, end, header, source, line, required: true)!, source, line, header[end]));
            if (campaign.End < campaign.Start)
            {
                throw new TruthFileException($"{source} line {line}: field '{header[end]}' is before '{header[start]}'.");
            }

            result.Add(campaign);
        }

        return result;
    }

    private static IReadOnlyList<string> Header(IEnumerator<(int Line, IReadOnlyList<string> Fields)> records, string source) =>
        records.MoveNext()
            ? records.Current.Fields.Select(h => h.Trim().TrimStart('\uFEFF')).ToArray()
            : throw new TruthFileException($"{source}: the file is empty (a header row is required).");

    private static MemoryStream Utf8(string text) => new(System.Text.Encoding.UTF8.GetBytes(text));

    private static int? Column(IReadOnlyList<string> header, IEnumerable<string> names)
    {
        foreach (var name in names)
        {
            for (var i = 0; i < header.Count; i++)
            {
                if (string.Equals(header[i], name, StringComparison.OrdinalIgnoreCase))
                {
                    return i;
                }
            }
        }

        return null;
    }

    private static string? Field(IReadOnlyList<string> fields, int index, IReadOnlyList<string> header, string source, int line, bool required)
    {
        var value = index < fields.Count ? fields[index].Trim() : "";
        if (value.Length == 0 && required)
        {
            throw new TruthFileException($"{source} line {line}: field '{header[index]}' is empty.");
        }

        return value.Length == 0 ? null : value;
    }

    internal static DateOnly Date(string text, string source, int line, string field)
    {
        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
        {
            return day;
        }

        if (DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var time))
        {
            return DateOnly.FromDateTime(time.UtcDateTime);
        }

        throw new TruthFileException($"{source} line {line}: field '{field}': '{text}' is not a date (yyyy-MM-dd or ISO 8601).");
    }
}
