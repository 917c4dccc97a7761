namespace NetworkGraph.Core.Clustering;

/// <summary>What the members' profiles and rhythms say about the cluster.</summary>
/// <param name="AccountLanguages">Members by declared account language.</param>
/// <param name="PostLanguages">Posts by language.</param>
/// <param name="DominantLanguages">Members (with posts) by the language most of their posts are in.</param>
/// <param name="TargetLanguageShare">Share of members with posts whose dominant language is a profile target language.</param>
/// <param name="Locations">Members whose declared location matches each gazetteer.</param>
/// <param name="Lexicons">Members whose bio matches each lexicon.</param>
/// <param name="CreationBursts">Bursts of account creation dates.</param>
/// <param name="CreationBurstShare">Share of members (with a creation date) created inside a burst.</param>
/// <param name="Rhythm">Posts by local hour and weekday.</param>
/// <param name="Holidays">Activity on the profile's holidays.</param>
public sealed record ProfileSignals(
    IReadOnlyList<ShareCount> AccountLanguages,
    IReadOnlyList<ShareCount> PostLanguages,
    IReadOnlyList<ShareCount> DominantLanguages,
    double TargetLanguageShare,
    IReadOnlyList<ProfileMatch> Locations,
    IReadOnlyList<ProfileMatch> Lexicons,
    IReadOnlyList<DateBurst> CreationBursts,
    double CreationBurstShare,
    ActivityRhythm Rhythm,
    HolidaySilence Holidays);

/// <summary>A count and its share of a whole.</summary>
/// <param name="Key">The category (e.g. a language code).</param>
/// <param name="Label">How to show it (e.g. Azeri).</param>
/// <param name="Count">How many.</param>
/// <param name="Share">Count / total.</param>
public sealed record ShareCount(string Key, string Label, int Count, double Share);

/// <summary>Members matching one gazetteer or lexicon.</summary>
/// <param name="Id">The term set id.</param>
/// <param name="Label">What a match declares ("an Azerbaijani location").</param>
/// <param name="Accounts">Matching members.</param>
/// <param name="Share">Accounts / cluster size.</param>
/// <param name="Terms">Terms matched, with the number of members matching each.</param>
/// <param name="AccountIds">The matching members, ordinal order.</param>
public sealed record ProfileMatch(string Id, string Label, int Accounts, double Share, IReadOnlyList<ObjectCount> Terms, IReadOnlyList<string> AccountIds);

/// <summary>A run of days with unusually many events.</summary>
/// <param name="Start">First day.</param>
/// <param name="End">Last day, inclusive.</param>
/// <param name="Count">Events between Start and End.</param>
public sealed record DateBurst(DateOnly Start, DateOnly End, int Count);

/// <summary>Posts by local hour (0-23) and weekday (index 0 = Monday).</summary>
/// <param name="TimeZone">The zone the hours are in.</param>
/// <param name="Hours">24 counts.</param>
/// <param name="Weekdays">7 counts, Monday first.</param>
/// <param name="WorkHoursShare">Share of posts on working days within working hours.</param>
public sealed record ActivityRhythm(string TimeZone, IReadOnlyList<int> Hours, IReadOnlyList<int> Weekdays, double WorkHoursShare);

/// <summary>How the cluster behaved on holidays that fall in its active period.</summary>
/// <param name="Days">One entry per holiday date in the active period.</param>
/// <param name="Measurable">Days whose neighbourhood had enough activity to judge.</param>
/// <param name="Silence">Mean of max(0, 1 - posts / baseline) over measurable days; 0 when none.</param>
public sealed record HolidaySilence(IReadOnlyList<HolidayActivity> Days, int Measurable, double Silence);

/// <summary>Posts on one holiday date against the median of the non-holiday days around it.</summary>
/// <param name="Date">The local date.</param>
/// <param name="Name">The holiday.</param>
/// <param name="Posts">Posts that day.</param>
/// <param name="Baseline">Median posts on the neighbouring non-holiday days.</param>
/// <param name="Measurable">Whether the baseline reached the minimum.</param>
public sealed record HolidayActivity(DateOnly Date, string Name, int Posts, double Baseline, bool Measurable);

/// <summary>A cluster's coordination score in [0, 1] with the reasons for it.</summary>
/// <param name="Value">The coordination evidence: the coordination signals combined as independent evidence, 1 - prod(1 - weight * value); what flags.</param>
/// <param name="Flagged">True when the cluster is called an amplification network (Value reaches Threshold).</param>
/// <param name="Threshold">The coordination evidence needed to flag.</param>
/// <param name="CoordinationPart">The coordination evidence (equal to Value).</param>
/// <param name="ProfilePart">What the profile signals give (weight * value summed): ranks clusters of equal evidence and explains them, never flags.</param>
/// <param name="Signals">Each signal's value, weight, contribution and sentence.</param>
/// <param name="Verdict">One sentence stating the decision and its main reasons.</param>
public sealed record ClusterScore(
    double Value,
    bool Flagged,
    double Threshold,
    double CoordinationPart,
    double ProfilePart,
    IReadOnlyList<SignalContribution> Signals,
    string Verdict);

/// <summary>One signal's share in a score.</summary>
/// <param name="Name">Signal name (see <see cref="SignalNames"/>).</param>
/// <param name="Category">"coordination" or "profile".</param>
/// <param name="Value">The measured value in [0, 1].</param>
/// <param name="Weight">Its weight.</param>
/// <param name="Contribution">A profile signal's Value * Weight; a coordination signal's share of the evidence: Value * Weight times what the stronger signals left unexplained.</param>
/// <param name="Sentence">What was measured, in words.</param>
public sealed record SignalContribution(string Name, string Category, double Value, double Weight, double Contribution, string Sentence);
