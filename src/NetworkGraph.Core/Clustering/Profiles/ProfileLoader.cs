using Newtonsoft.Json;
using Newtonsoft.Json.Converters;

namespace NetworkGraph.Core.Clustering.Profiles;

/// <summary>Reads and validates <see cref="AnalysisProfile"/> JSON files.</summary>
public static class ProfileLoader
{
    private static readonly JsonSerializerSettings Settings = new()
    {
        MissingMemberHandling = MissingMemberHandling.Error,
        ObjectCreationHandling = ObjectCreationHandling.Replace,
        DateParseHandling = DateParseHandling.None,
        Converters = { new StringEnumConverter() },
    };

    /// <summary>Loads a profile file; errors name the file, line and field.</summary>
    public static async Task<AnalysisProfile> LoadAsync(string path, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(path);
        var json = await File.ReadAllTextAsync(path, cancellationToken);
        return Parse(json, path);
    }

    /// <summary>Parses profile JSON; <paramref name="source"/> names the input in error messages.</summary>
    public static AnalysisProfile Parse(string json, string source)
    {
        ArgumentNullException.ThrowIfNull(json);
        AnalysisProfile? profile;
        try
        {
            profile = JsonConvert.DeserializeObject<AnalysisProfile>(json, Settings);
        }
        catch (JsonException ex)
        {
            var where = ex is JsonReaderException r ? $"line {r.LineNumber}, field '{r.Path}'"
                : ex is JsonSerializationException s ? $"line {s.LineNumber}, field '{s.Path}'" : "unknown position";
            throw new ProfileException($"{source}: {where}: {FirstLine(ex.Message)}", ex);
        }

        if (profile is null)
        {
            throw new ProfileException($"{source}: the file holds no profile object.");
        }

        Validate(profile, source);
        return profile;
    }

    private static void Validate(AnalysisProfile p, string source)
    {
        void Fail(string field, string problem) => throw new ProfileException($"{source}: field '{field}' {problem}.");

        if (string.IsNullOrWhiteSpace(p.Name))
        {
            Fail("name", "must not be empty");
        }

        if (!ZoneResolver.TryResolve(p.TimeZone, out _))
        {
            Fail("timeZone", $"'{p.TimeZone}' is neither an offset like +04:00 nor a known time zone id");
        }

        if (p.WorkHourStart is < 0 or > 23 || p.WorkHourEnd is < 1 or > 24 || p.WorkHourStart >= p.WorkHourEnd)
        {
            Fail("workHourStart/workHourEnd", "must satisfy 0 <= start < end <= 24");
        }

        CheckSets(p.Gazetteers, "gazetteers", Fail);
        CheckSets(p.Lexicons, "lexicons", Fail);
        for (var i = 0; i < p.Holidays.Count; i++)
        {
            var h = p.Holidays[i];
            if (h.Date == default)
            {
                Fail($"holidays[{i}].date", "is required");
            }

            if (h.Until is { } until && until < h.Date)
            {
                Fail($"holidays[{i}].until", "is before its date");
            }

            if (string.IsNullOrWhiteSpace(h.Name))
            {
                Fail($"holidays[{i}].name", "must not be empty");
            }
        }
    }

    private static void CheckSets(IReadOnlyList<TermSet> sets, string field, Action<string, string> fail)
    {
        var ids = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < sets.Count; i++)
        {
            var s = sets[i];
            if (string.IsNullOrWhiteSpace(s.Id) || !ids.Add(s.Id))
            {
                fail($"{field}[{i}].id", "must be present and unique");
            }

            if (string.IsNullOrWhiteSpace(s.Label))
            {
                fail($"{field}[{i}].label", "must not be empty");
            }

            if (s.Terms.Count + s.CaseSensitiveTerms.Count == 0 || s.Terms.Concat(s.CaseSensitiveTerms).Any(string.IsNullOrWhiteSpace))
            {
                fail($"{field}[{i}].terms", "must hold at least one term and no empty term");
            }
        }
    }

    private static string FirstLine(string message)
    {
        var cut = message.IndexOf(" Path '", StringComparison.Ordinal);
        return cut > 0 ? message[..cut] : message;
    }
}

/// <summary>A profile file is malformed; the message names the file and the field.</summary>
public sealed class ProfileException : Exception
{
    /// <summary>Creates the exception.</summary>
    public ProfileException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with its cause.</summary>
    public ProfileException(string message, Exception inner)
        : base(message, inner)
    {
    }

    /// <summary>Creates the exception with no message.</summary>
    public ProfileException()
    {
    }
}
