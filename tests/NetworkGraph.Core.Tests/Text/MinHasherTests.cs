using NetworkGraph.Core.Text;

namespace NetworkGraph.Core.Tests.Text;

public sealed class MinHasherTests
{
    private readonly MinHasher _hasher = new(new MinHashOptions());

    [Fact]
    public void Gives_equal_texts_equal_signatures_and_the_same_seed_the_same_signature()
    {
        var first = Signature("the conference in baku was a great success for everyone");
        var again = new MinHasher(new MinHashOptions()).ComputeSignatureOf("the conference in baku was a great success for everyone");

        Assert.Equal(first, again);
        Assert.Equal(1.0, MinHasher.EstimateJaccard(first, again));
    }

    [Avx512Theory]
    [InlineData(1)]
    [InlineData(3)]
    [InlineData(5)]
    [InlineData(9)]
    public void Hashing_eight_shingles_at_a_time_gives_the_signatures_of_hashing_one_at_a_time(int shingle)
    {
        var options = new MinHashOptions { ShingleLength = shingle, Seed = 11 };
        var vectorized = new MinHasher(options, vectorized: true);
        var scalar = new MinHasher(options, vectorized: false);
        var random = new Random(shingle);
        for (var i = 0; i < 2_000; i++)
        {
            // Every length up to a few lanes past the shingle, and characters beyond Latin-1.
            var text = new string(Enumerable.Range(0, i % 40).Select(_ => (char)(random.Next(3) == 0 ? random.Next(0x600) : 'a' + random.Next(26))).ToArray());

            Assert.Equal(scalar.ComputeSignatureOf(text), vectorized.ComputeSignatureOf(text));
        }
    }

    [Fact]
    public void Estimates_the_exact_shingle_jaccard_within_a_few_hundredths_on_average()
    {
        var random = new Random(7);
        var errors = new List<double>();
        for (var i = 0; i < 400; i++)
        {
            var words = Enumerable.Range(0, 30).Select(_ => "w" + random.Next(5000)).ToList();
            var a = string.Join(' ', words);
            var keep = random.Next(5, 30);
            var b = string.Join(' ', words.Take(keep).Concat(Enumerable.Range(0, 30 - keep).Select(_ => "v" + random.Next(5000))));
            var estimate = MinHasher.EstimateJaccard(Signature(a), Signature(b));
            errors.Add(Math.Abs(estimate - _hasher.ExactJaccard(a, b)));
        }

        Assert.True(errors.Average() < 0.06, $"mean error {errors.Average():F3}");
        Assert.True(errors.Max() < 0.3, $"max error {errors.Max():F3}");
    }

    [Fact]
    public void Gives_short_texts_full_signatures_by_densification()
    {
        var short1 = Signature("peace now");
        var short2 = Signature("peace now");
        var other = Signature("war later");

        Assert.Equal(short1, short2);
        Assert.True(MinHasher.EstimateJaccard(short1, other) < 0.2);
    }

    [Theory]
    [InlineData("a")]
    [InlineData("peace")]
    [InlineData("peace now")]
    [InlineData("مرحبا بك")]
    public void Densifies_empty_slots_from_the_documented_donor_sequence(string text)
    {
        // The documented rule, written out slowly: an empty slot takes the value of the first occupied slot among
        // Mix(seed + slot << 32 + attempt) >> 58 for attempt = 1, 2, ...
        var options = new MinHashOptions();
        var seed = StableHash.Mix(options.Seed ^ 0xA5A5A5A5A5A5A5A5UL);
        var minima = Enumerable.Repeat(uint.MaxValue, 64).ToArray();
        var occupied = new bool[64];
        var shingles = text.Length <= options.ShingleLength ? [text] : Enumerable.Range(0, text.Length - options.ShingleLength + 1)
            .Select(i => text.Substring(i, options.ShingleLength)).ToArray();
        foreach (var shingle in shingles)
        {
            var whole = shingle.Aggregate(0UL, (h, c) => (h * 0x100000001B3UL) + c);
            var hash = StableHash.Mix(whole ^ seed);
            var slot = (int)(hash >> 58);
            minima[slot] = Math.Min(minima[slot], (uint)hash);
            occupied[slot] = true;
        }

        var expected = new byte[64];
        for (var slot = 0; slot < 64; slot++)
        {
            var from = slot;
            for (var attempt = 1UL; !occupied[from]; attempt++)
            {
                from = (int)(StableHash.Mix(seed + ((ulong)slot << 32) + attempt) >> 58);
            }

            expected[slot] = (byte)minima[from];
        }

        Assert.Equal(expected, Signature(text));
    }

    [Fact]
    public void Rejects_invalid_settings()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new MinHasher(new MinHashOptions { Bands = 20, RowsPerBand = 4 }));
        Assert.Throws<ArgumentOutOfRangeException>(() => new MinHasher(new MinHashOptions { ShingleLength = 0 }));
    }

    private byte[] Signature(string text) => _hasher.ComputeSignatureOf(text);
}

internal static class MinHasherExtensions
{
    public static byte[] ComputeSignatureOf(this MinHasher hasher, string text)
    {
        var signature = new byte[MinHashOptions.SignatureLength];
        hasher.ComputeSignature(text, signature);
        return signature;
    }
}
