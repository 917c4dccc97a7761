using NetworkGraph.Core.Ingestion;

namespace NetworkGraph.Core.Tests.Support;

/// <summary>Runs the ingestion pipeline on fixtures into a <see cref="CollectingIngestSink"/>.</summary>
internal sealed class IngestRun
{
    public CollectingIngestSink Sink { get; } = new();

    public string Folder { get; } = IngestFixtures.TempFolder();

    public string RejectsPath => Path.Combine(Folder, "rejects.jsonl");

    public IngestReport Report { get; private set; } = null!;

    /// <summary>The clock the run checks times against (default: the system clock).</summary>
    public TimeProvider Time { get; init; } = TimeProvider.System;

    public static async Task<IngestRun> OfAsync(params string[] fixtures) => await new IngestRun().RunAsync(InputFormat.Auto, fixtures);

    /// <summary>Writes <paramref name="lines"/> into a new file called <paramref name="name"/> and ingests it.</summary>
    public static async Task<IngestRun> OfLinesAsync(string name, params string[] lines)
    {
        var run = new IngestRun();
        var path = Path.Combine(run.Folder, name);
        await File.WriteAllLinesAsync(path, lines);
        return await run.RunAsync(InputFormat.Auto, path);
    }

    public async Task<IngestRun> RunAsync(InputFormat format, params string[] fixtures)
    {
        var paths = fixtures.Select(f => Path.IsPathRooted(f) ? f : IngestFixtures.Path(f));
        var options = new IngestOptions { RejectsPath = RejectsPath, Format = format, BatchRows = 3, TimeProvider = Time };
        Report = await new IngestPipeline(Sink, options).RunAsync(paths);
        return this;
    }

    /// <summary>The rejected rows of the rejects file.</summary>
    public IReadOnlyList<Newtonsoft.Json.Linq.JObject> Rejects() => Lines().Where(l => l["skipped"] is null).ToList();

    /// <summary>The skipped rows of the rejects file.</summary>
    public IReadOnlyList<Newtonsoft.Json.Linq.JObject> Skips() => Lines().Where(l => (bool?)l["skipped"] == true).ToList();

    /// <summary>Every line of the rejects file, in order.</summary>
    public IReadOnlyList<Newtonsoft.Json.Linq.JObject> Lines() =>
        File.Exists(RejectsPath) ? File.ReadAllLines(RejectsPath).Select(Newtonsoft.Json.Linq.JObject.Parse).ToList() : [];
}
