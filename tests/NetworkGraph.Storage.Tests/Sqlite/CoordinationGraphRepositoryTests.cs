using NetworkGraph.Core.Coordination;
using NetworkGraph.Core.Model;
using NetworkGraph.Storage.Sqlite;
using NetworkGraph.Storage.Tests.Support;

namespace NetworkGraph.Storage.Tests.Sqlite;

/// <summary>A saved coordination run reads back as the graph it came from, whatever the number of rows (they are
/// written many to a statement).</summary>
public sealed class CoordinationGraphRepositoryTests
{
    [Fact]
    public async Task Every_layer_edge_and_evidence_pair_reads_back_as_saved()
    {
        // 14 accounts posting the same three texts a second apart: 91 pairs per text, more rows than one statement holds.
        var start = new DateTimeOffset(2024, 1, 1, 0, 0, 0, TimeSpan.Zero);
        var posts = Enumerable.Range(0, 3).SelectMany(t => Enumerable.Range(0, 14).Select(a => new Post(
            ((t * 100) + a + 1).ToString(System.Globalization.CultureInfo.InvariantCulture), $"acc{a}", start.AddMinutes(t * 10).AddSeconds(a),
            $"the same copied text number {t}", "en", PostKind.Original, null, null, [], [], []))).ToList();
        var graph = CoordinationGraphBuilder.Build(posts, new CoordinationOptions
        {
            Kinds = [ShareKind.Text],
            Windows = [TimeSpan.FromMinutes(1), TimeSpan.FromHours(1)],
            MinParticipation = 1,
        });
        var fixture = new IngestStoreFixture();
        using var store = fixture.Open();
        var repository = new CoordinationGraphRepository(store);

        var runId = await repository.SaveAsync(graph, CancellationToken.None);
        var run = await repository.LoadAsync(runId, CancellationToken.None);

        Assert.NotNull(run);
        Assert.Equal(graph.Layers.Count, run.Layers.Count);
        Assert.True(graph.Layers.Sum(l => l.Edges.Count) > 64);
        for (var l = 0; l < graph.Layers.Count; l++)
        {
            var (built, stored) = (graph.Layers[l], run.Layers[l]);
            Assert.Equal((built.Kind, built.Window, built.CandidateEdges, built.CandidatePairs, built.WeightThreshold),
                (stored.Kind, stored.Window, stored.CandidateEdges, stored.CandidatePairs, stored.WeightThreshold));
            Assert.Equal(
                built.Edges.Select(e => (graph.AccountIds[e.Source], graph.AccountIds[e.Target], e.PairCount, e.Weight, e.MeanDeltaSeconds,
                    e.MinDeltaSeconds, e.First, e.Last, e.SourcePosts, e.TargetPosts,
                    string.Join(';', e.Evidence.Select(p => $"{graph.PostId(p.SourcePost)},{graph.PostId(p.TargetPost)},{p.SourceTime:O},{p.TargetTime:O},{graph.ObjectLabel(built.Kind, p.Object)}")))),
                stored.Edges.Select(e => (e.SourceId, e.TargetId, e.PairCount, e.Weight, e.MeanDeltaSeconds, e.MinDeltaSeconds, e.First, e.Last,
                    e.SourcePosts, e.TargetPosts,
                    string.Join(';', e.Evidence.Select(p => $"{p.SourcePostId},{p.TargetPostId},{p.SourceTime:O},{p.TargetTime:O},{p.Object}")))));
        }
    }
}
