using System.Globalization;
using System.Text;
using NetworkGraph.Core.Snapshots;

namespace NetworkGraph.Core.Tests.Snapshots;

/// <summary>The digits written are those of <c>long.ToString(InvariantCulture)</c>, for every digit count and sign.</summary>
public sealed class DecimalDigitsTests
{
    private static IEnumerable<long> Values()
    {
        long[] edges = [0, 1, -1, 9, 10, 11, 99, 100, 101, long.MaxValue, long.MinValue, long.MinValue + 1, 99_999_999, 100_000_000, 100_000_001];
        foreach (var v in edges)
        {
            yield return v;
        }

        // Each power of ten and its neighbours, both signs.
        for (long p = 1; p <= long.MaxValue / 10; p *= 10)
        {
            foreach (var v in new[] { p - 1, p, p + 1, (p * 10) - 1 })
            {
                yield return v;
                yield return -v;
            }
        }

        // Numbers of every size (ids, ticks, lengths), from a fixed seed.
        var random = new Random(11);
        for (var k = 0; k < 20_000; k++)
        {
            var v = random.NextInt64() >> random.Next(64);
            yield return v;
            yield return -v;
        }
    }

    [Fact]
    public void Write_gives_the_invariant_digits_and_their_count()
    {
        Span<byte> buffer = stackalloc byte[DecimalDigits.MaxBytes + 4];
        foreach (var value in Values())
        {
            buffer.Fill((byte)'#');
            var expected = value.ToString(CultureInfo.InvariantCulture);

            var n = DecimalDigits.Write(value, buffer);

            Assert.Equal(expected, Encoding.ASCII.GetString(buffer[..n]));
            Assert.Equal(expected.Length, DecimalDigits.Count(value));
            Assert.Equal((byte)'#', buffer[n]);
        }
    }

    [Fact]
    public void Write_refuses_a_destination_too_short_for_the_digits()
    {
        var buffer = new byte[3];

        Assert.Throws<ArgumentException>(() => DecimalDigits.Write(1234, buffer));
        Assert.Equal(3, DecimalDigits.Write(-12, buffer));
    }
}
