namespace NetworkGraph.Scenarios;

/// <summary>
/// Writes a seeded synthetic dataset in the Twitter information-operations archive format: an organic population,
/// decoy communities and a coordinated operation with four campaigns, plus the ground truth.
/// </summary>
public sealed class ScenarioGenerator
{
    /// <summary>The tweets file name (".gz" is appended when compressed).</summary>
    public const string TweetsFileName = "big_tweets_csv_hashed.csv";

    /// <summary>The users file name (".gz" is appended when compressed).</summary>
    public const string UsersFileName = "big_users_csv_hashed.csv";

    /// <summary>The ground-truth file name.</summary>
    public const string TruthFileName = "truth.csv";

    /// <summary>The campaign-periods file name.</summary>
    public const string CampaignsFileName = "campaigns.json";

    /// <summary>
    /// Generates the scenario into <paramref name="outputDirectory"/> (created if needed), streaming posts day by day;
    /// reports the number of posts written so far. The same options give byte-identical files.
    /// </summary>
    public ScenarioSummary Generate(ScenarioOptions options, string outputDirectory, IProgress<long>? postsWritten, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentException.ThrowIfNullOrWhiteSpace(outputDirectory);
        options.Validate();
        Directory.CreateDirectory(outputDirectory);
        return new ScenarioRun(options, outputDirectory, postsWritten).Run(ct);
    }
}
