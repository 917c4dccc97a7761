using NetworkGraph.Core.Coordination;

namespace NetworkGraph.Core.Tests.Coordination.Support;

/// <summary>One row of a hand-made share table (CooRTweet's account_id, content_id, timestamp_share, object_id).</summary>
internal sealed record ShareRow(string Account, string Post, double Seconds, string Object)
{
    public static ShareTable Table(ShareKind kind, params ShareRow[] rows)
    {
        var builder = new ShareTableBuilder();
        foreach (var row in rows)
        {
            builder.AddShare(row.Account, row.Post, SomePosts.At(row.Seconds), kind, row.Object);
        }

        return builder.Build();
    }
}
