namespace NetworkGraph.Core.Clustering.Profiles;

/// <summary>A country or case profile: time zone, languages, gazetteers, lexicons and holidays (loaded from JSON).</summary>
public sealed class AnalysisProfile
{
    /// <summary>Short name, e.g. "big".</summary>
    public string Name { get; init; } = "default";

    /// <summary>What the profile is for.</summary>
    public string? Description { get; init; }

    /// <summary>Time zone for days, hours and weekdays: an offset ("+04:00", "UTC+4") or a system zone id.</summary>
    public string TimeZone { get; init; } = "+00:00";

    /// <summary>Display names for language codes, e.g. az -> Azeri.</summary>
    public IReadOnlyDictionary<string, string> LanguageNames { get; init; } = new Dictionary<string, string>();

    /// <summary>Language codes of interest for the language signal.</summary>
    public IReadOnlyList<string> TargetLanguages { get; init; } = [];

    /// <summary>Named place lists matched against declared locations.</summary>
    public IReadOnlyList<TermSet> Gazetteers { get; init; } = [];

    /// <summary>Named term lists matched against bios.</summary>
    public IReadOnlyList<TermSet> Lexicons { get; init; } = [];

    /// <summary>Holiday calendar (local dates).</summary>
    public IReadOnlyList<Holiday> Holidays { get; init; } = [];

    /// <summary>Working days, for the activity rhythm.</summary>
    public IReadOnlyList<DayOfWeek> WorkDays { get; init; } =
        [DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday];

    /// <summary>First working hour (local, inclusive).</summary>
    public int WorkHourStart { get; init; } = 9;

    /// <summary>Last working hour (local, exclusive).</summary>
    public int WorkHourEnd { get; init; } = 18;

    /// <summary>A profile with no gazetteers, lexicons or holidays, in UTC.</summary>
    public static AnalysisProfile Empty { get; } = new();
}

/// <summary>A named list of terms: a gazetteer (places) or a lexicon (bio keywords).</summary>
public sealed class TermSet
{
    /// <summary>Stable id, e.g. "AZ" or "party".</summary>
    public string Id { get; init; } = "";

    /// <summary>What a match declares, for sentences: "an Azerbaijani location", "party ties".</summary>
    public string Label { get; init; } = "";

    /// <summary>Terms matched as whole words, ignoring case and accents.</summary>
    public IReadOnlyList<string> Terms { get; init; } = [];

    /// <summary>Terms matched as whole words ignoring accents but not case (acronyms such as "YAP").</summary>
    public IReadOnlyList<string> CaseSensitiveTerms { get; init; } = [];
}

/// <summary>A holiday: one local date, or a run of dates up to <see cref="Until"/>.</summary>
public sealed class Holiday
{
    /// <summary>First (or only) date.</summary>
    public DateOnly Date { get; init; }

    /// <summary>Last date, inclusive, for a multi-day holiday.</summary>
    public DateOnly? Until { get; init; }

    /// <summary>The holiday's name.</summary>
    public string Name { get; init; } = "";

    /// <summary>Every date the holiday covers.</summary>
    public IEnumerable<DateOnly> Dates()
    {
        var last = Until ?? Date;
        for (var d = Date; d <= last; d = d.AddDays(1))
        {
            yield return d;
        }
    }
}
