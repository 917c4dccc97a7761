using NetworkGraph.Core.Coordination;
using NetworkGraph.Core.Text;

namespace NetworkGraph.Core.Tests.Coordination;

public sealed class RepresentativeGroupsTests
{
    private const double Threshold = 0.6;

    // Signatures are built from eight regions of eight slots: texts that agree on five regions (40 slots) are within
    // the threshold (estimate 0.62), texts that agree on four or fewer (0.50) are not.

    [Fact]
    public void A_drifting_chain_splits_so_that_its_ends_never_share_a_group()
    {
        // Each text rewrites three regions of the one before: neighbours are similar, texts two apart are not.
        var texts = Enumerable.Range(0, 5).Select(Drifted).ToArray();
        var (candidates, signatures) = Similar(texts, (1, 0), (2, 1), (3, 2), (4, 3));

        var groups = RepresentativeGroups.Form(candidates, signatures, Threshold);

        Assert.Equal([1, 1, 1, 3, 3], groups);
        Assert.NotEqual(groups[0], groups[4]);
        Assert.NotEqual(groups[0], groups[3]);
        AssertWithinThresholdOfRepresentative(groups, signatures);
    }

    [Fact]
    public void The_text_with_the_most_near_duplicates_represents_its_family_not_the_first_text()
    {
        // Text 1 is the centre; texts 0, 2 and 3 each changed a different part of it and are not similar to each other.
        var texts = new[] { Changed((0, 2), (1, 2), (2, 2)), Changed(), Changed((3, 3), (4, 3), (5, 3)), Changed((5, 4), (6, 4), (7, 4)) };
        var (candidates, signatures) = Similar(texts, (1, 0), (2, 1), (3, 1));

        var groups = RepresentativeGroups.Form(candidates, signatures, Threshold);

        Assert.Equal([1, 1, 1, 1], groups); // the first text leading would leave 2 and 3 alone
        AssertWithinThresholdOfRepresentative(groups, signatures);
    }

    [Fact]
    public void A_text_left_alone_joins_the_group_of_a_similar_text_when_it_is_within_the_threshold_of_its_representative()
    {
        // LSH paired text 3 with text 1 only, but text 3 is also close to text 1's representative, text 0.
        var texts = new[] { Changed(), Changed((0, 2), (1, 2), (2, 2)), Changed((5, 3), (6, 3), (7, 3)), Changed((0, 2)) };
        var (candidates, signatures) = Similar(texts, (1, 0), (2, 0), (3, 1));

        var groups = RepresentativeGroups.Form(candidates, signatures, Threshold);

        Assert.Equal([0, 0, 0, 0], groups);
    }

    [Fact]
    public void A_text_left_alone_stays_alone_when_it_is_not_within_the_threshold_of_its_similar_texts_representative()
    {
        // Text 1 represents 0, 3 and 4; text 2 is similar to text 0 only and far from text 1.
        var texts = new[]
        {
            Changed(), Changed((0, 2), (1, 2), (2, 2)), Changed((5, 3), (6, 3), (7, 3)), Changed((0, 2)),
            Changed((0, 2), (1, 2), (2, 2), (3, 5), (4, 5), (5, 5)),
        };
        var (candidates, signatures) = Similar(texts, (1, 0), (2, 0), (3, 1), (4, 1));

        var groups = RepresentativeGroups.Form(candidates, signatures, Threshold);

        Assert.Equal([1, 1, 2, 1, 1], groups);
        AssertWithinThresholdOfRepresentative(groups, signatures);
    }

    private static (EarlierCandidates Candidates, SignatureStore Signatures) Similar(byte[][] texts, params (int Text, int Earlier)[] pairs)
    {
        var signatures = new SignatureStore();
        foreach (var text in texts)
        {
            signatures.Add(text);
        }

        var candidates = new EarlierCandidates(texts.Length, width: 8);
        foreach (var (text, earlier) in pairs)
        {
            Assert.True(MinHasher.EstimateJaccard(texts[text], texts[earlier]) >= Threshold, $"{text}~{earlier}");
            candidates.Offer(text, earlier);
        }

        return (candidates, signatures);
    }

    private static void AssertWithinThresholdOfRepresentative(int[] groups, SignatureStore signatures) =>
        Assert.All(Enumerable.Range(0, groups.Length), text =>
            Assert.True(MinHasher.EstimateJaccard(signatures[text], signatures[groups[text]]) >= Threshold, $"text {text}"));

    /// <summary>The base text (every region 1) with some regions given other values.</summary>
    private static byte[] Changed(params (int Region, byte Value)[] changes)
    {
        var regions = Enumerable.Repeat((byte)1, 8).ToArray();
        foreach (var (region, value) in changes)
        {
            regions[region] = value;
        }

        return [.. regions.SelectMany(value => Enumerable.Repeat(value, 8))];
    }

    /// <summary>The i-th text of a chain: step j rewrites regions 3j, 3j+1 and 3j+2 (mod 8).</summary>
    private static byte[] Drifted(int i)
    {
        var regions = Enumerable.Repeat((byte)1, 8).ToArray();
        for (var step = 1; step <= i; step++)
        {
            for (var k = 0; k < 3; k++)
            {
                regions[((3 * step) + k) % 8]++;
            }
        }

        return [.. regions.SelectMany(value => Enumerable.Repeat(value, 8))];
    }
}
