namespace NetworkGraph.Cli.Tests.Support;

/// <summary>
/// Tests that run many commands through <c>CliApplication</c> back to back: they run alone, after the parallel
/// tests, because Spectre's live display and the static Serilog logger are process-wide (an ingest of another test
/// class running beside them fails its progress display).
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class SerialCliCollection
{
    public const string Name = "Serial CLI runs";
}
