using System.Diagnostics;
using System.Globalization;
using NetworkGraph.Core.Coordination;
using NetworkGraph.Core.Tests.Coordination.Support;
using NetworkGraph.Core.Text;

namespace NetworkGraph.Benchmarks.Coordination;

/// <summary>Runner mode measuring near-duplicate recall and false matches on a large copy-paste corpus:
/// <c>near-duplicate-recall [--families F] [--variants V] [--threshold J] [--seed S]</c> (defaults 100,000 families
/// of a base and 4 variants: 500,000 texts).
/// Run: <c>dotnet run -c Release --project tests/NetworkGraph.Benchmarks -- near-duplicate-recall</c></summary>
internal static class NearDuplicateRecallRunner
{
    public const string Mode = "near-duplicate-recall";

    public static int Run(string[] args)
    {
        int families = 100_000, variants = 4, seed = 11;
        var threshold = new CoordinationOptions().SimilarityThreshold;
        for (var i = 0; i + 1 < args.Length; i += 2)
        {
            switch (args[i])
            {
                case "--families": families = int.Parse(args[i + 1], CultureInfo.InvariantCulture); break;
                case "--variants": variants = int.Parse(args[i + 1], CultureInfo.InvariantCulture); break;
                case "--threshold": threshold = double.Parse(args[i + 1], CultureInfo.InvariantCulture); break;
                case "--seed": seed = int.Parse(args[i + 1], CultureInfo.InvariantCulture); break;
                default: throw new ArgumentException($"unknown option {args[i]}");
            }
        }

        var corpus = CopyPasteCorpus.Generate(families, variants, seed);
        var normalized = corpus.Texts.Select(TextNormalizer.Normalize).ToList();
        var clock = Stopwatch.StartNew();
        var roots = new NearDuplicateClusterer(new MinHashOptions(), threshold).Cluster(normalized);
        var seconds = clock.Elapsed.TotalSeconds;

        var baseOf = new Dictionary<int, int>();
        for (var i = 0; i < corpus.Texts.Count; i++)
        {
            if (corpus.IsBase[i])
            {
                baseOf[corpus.Family[i]] = i;
            }
        }

        var missed = new Dictionary<string, int>();
        var variantCount = 0;
        for (var i = 0; i < corpus.Texts.Count; i++)
        {
            if (corpus.IsBase[i])
            {
                continue;
            }

            variantCount++;
            if (roots[i] != roots[baseOf[corpus.Family[i]]])
            {
                missed[corpus.EditsOf[i]] = missed.GetValueOrDefault(corpus.EditsOf[i]) + 1;
            }
        }

        long unrelatedPairs = 0;
        var largest = 0;
        foreach (var cluster in Enumerable.Range(0, roots.Length).GroupBy(i => roots[i]))
        {
            largest = Math.Max(largest, cluster.Count());
            var sizes = cluster.GroupBy(i => corpus.Family[i]).Select(g => (long)g.Count()).ToList();
            var n = sizes.Sum();
            unrelatedPairs += ((n * n) - sizes.Sum(s => s * s)) / 2;
        }

        var recall = 1 - (missed.Values.Sum() / (double)variantCount);
        Console.WriteLine($"{corpus.Texts.Count:N0} texts ({families:N0} families), threshold {threshold}: " +
            $"signatures + clustering {seconds:F2} s, recall {recall:F4}, unrelated pairs joined {unrelatedPairs}, largest group {largest} texts");
        foreach (var (edits, count) in missed.OrderByDescending(p => p.Value))
        {
            Console.WriteLine($"  missed {count} variants edited by {edits}");
        }

        return 0;
    }
}
