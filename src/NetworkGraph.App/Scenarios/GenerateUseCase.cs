using NetworkGraph.Scenarios;

namespace NetworkGraph.App.Scenarios;

/// <summary>Writes a seeded BIG-like scenario in the information-operations archive format (<c>generate</c> and
/// <c>demo</c>): tweets, users, ground truth and campaigns.</summary>
internal static class GenerateUseCase
{
    /// <summary>Validates the options (a bad one is a usage error), then generates into <paramref name="outDirectory"/>,
    /// reporting posts written.</summary>
    public static Task<ScenarioSummary> RunAsync(ScenarioOptions options, string outDirectory, IProgress<long>? progress, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(options);
        try
        {
            options.Validate();
        }
        catch (ArgumentException ex)
        {
            throw new UsageException(ex.Message);
        }

        Directory.CreateDirectory(outDirectory);
        return Task.Run(() => new ScenarioGenerator().Generate(options, outDirectory, progress, ct), ct);
    }
}
