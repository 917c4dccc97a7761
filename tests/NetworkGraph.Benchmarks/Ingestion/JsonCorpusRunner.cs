using System.Globalization;

namespace NetworkGraph.Benchmarks.Ingestion;

/// <summary>Runner mode that writes a seeded Twitter JSON corpus to a file, for timing JSON ingest end to end with the
/// real command: <c>json-corpus --out FILE [--format v2|v1] [--tweets N] [--seed S]</c>, then
/// <c>networkgraph ingest FILE --db X</c>. v2 is JSON lines of 100-tweet response pages, v1 JSON lines of tweets.</summary>
internal static class JsonCorpusRunner
{
    public const string Mode = "json-corpus";

    private const int Chunk = 10_000;

    public static int Run(string[] args)
    {
        string? output = null;
        var format = "v2";
        var tweets = 1_000_000;
        var seed = 42;
        for (var i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--out":
                    output = args[++i];
                    break;
                case "--format":
                    format = args[++i];
                    break;
                case "--tweets":
                    tweets = int.Parse(args[++i], CultureInfo.InvariantCulture);
                    break;
                case "--seed":
                    seed = int.Parse(args[++i], CultureInfo.InvariantCulture);
                    break;
                default:
                    Console.Error.WriteLine($"unknown option {args[i]}");
                    return 2;
            }
        }

        if (output is null || format is not ("v2" or "v1"))
        {
            Console.Error.WriteLine("usage: json-corpus --out FILE [--format v2|v1] [--tweets N] [--seed S]");
            return 2;
        }

        var corpus = new TwitterJsonCorpus(seed);
        using var file = File.Create(output);
        for (var done = 0; done < tweets; done += Chunk)
        {
            var count = Math.Min(Chunk, tweets - done);
            file.Write(format == "v2" ? corpus.V2Pages(count) : corpus.V1Lines(count));
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{tweets:N0} {format} tweets, {file.Length / 1e6:F0} MB: {output}"));
        return 0;
    }
}
