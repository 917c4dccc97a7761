using NetworkGraph.Scenarios;
using NetworkGraph.Scenarios.Accounts;
using NetworkGraph.Scenarios.Activity;
using NetworkGraph.Scenarios.Output;

namespace NetworkGraph.Scenarios.Tests.Output;

public sealed class TweetFileTests
{
    [Fact]
    public void A_stream_failing_midway_surfaces_as_an_io_error_without_hanging()
    {
        var options = new ScenarioOptions { OrganicAccounts = 200, OperationAccounts = 10, FanAccounts = 0, NewsJunkieAccounts = 0, LiveTweetAccounts = 0 };
        var population = new PopulationBuilder(options).Build();
        var organic = new OrganicActivity(options, population);
        var resolver = new ReferenceResolver(population, options.Seed);
        using var file = new TweetFile(new FailAfter(64 * 1024), population, options, null, CancellationToken.None);
        var ex = Assert.Throws<IOException>(() =>
        {
            for (var d = 0; d < 20; d++)
            {
                var batch = file.Rent();
                batch.Reset(d, options.Start.AddDays(d));
                organic.Generate(batch, 10_000);
                resolver.Resolve(batch, batch.TimeOrder());
                file.Submit(batch);
            }

            file.Complete();
        });
        Assert.Contains("disk full", ex.Message, StringComparison.Ordinal);
    }

    private sealed class FailAfter(long limit) : MemoryStream
    {
        public override void Write(byte[] buffer, int offset, int count)
        {
            if (Length + count > limit)
            {
                throw new IOException("disk full");
            }

            base.Write(buffer, offset, count);
        }

        public override void Write(ReadOnlySpan<byte> buffer)
        {
            if (Length + buffer.Length > limit)
            {
                throw new IOException("disk full");
            }

            base.Write(buffer);
        }
    }
}
