using NetworkGraph.Core.Ingestion;

namespace NetworkGraph.Core.Tests.Support;

/// <summary>Runs the ingestion pipeline on fixtures into a <see cref="CollectingIngestSink"/>.</summary>
internal sealed class IngestRun
{
    public CollectingIngestSink Sink { get; } = new();

    public string Folder { get; } = IngestFixtures.TempFolder();

    public string RejectsPath => Path.Combine(Folder, "rejects.jsonl");

    public IngestReport Report { get; private set; } = null!;

    public static async Task<IngestRun> OfAsync(params string[] fixtures) => await new IngestRun().RunAsync(InputFormat.Auto, fixtures);

    public async Task<IngestRun> RunAsync(InputFormat format, params string[] fixtures)
    {
        var paths = fixtures.Select(f => Path.IsPathRooted(f) ? f : IngestFixtures.Path(f));
        var pipeline = new IngestPipeline(Sink, new IngestOptions { RejectsPath = RejectsPath, Format = format, BatchRows = 3 });
        Report = await pipeline.RunAsync(paths);
        return this;
    }

    public IReadOnlyList<Newtonsoft.Json.Linq.JObject> Rejects() =>
        File.ReadAllLines(RejectsPath).Select(Newtonsoft.Json.Linq.JObject.Parse).ToList();
}
