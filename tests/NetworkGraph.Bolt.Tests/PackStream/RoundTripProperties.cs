using System.Buffers;
using FsCheck;
using FsCheck.Fluent;
using NetworkGraph.Bolt.PackStream;
using NetworkGraph.Bolt.Tests.Support;
using NetworkGraph.Bolt.Values;

namespace NetworkGraph.Bolt.Tests.PackStream;

/// Random values survive writer -> reader, and the stub's independent codec reads the same bytes the same way.
public sealed class RoundTripProperties
{
    private static Gen<object?> Scalar() => Gen.OneOf(
        Gen.Constant<object?>(null),
        ArbMap.Default.GeneratorFor<bool>().Select(b => (object?)b),
        ArbMap.Default.GeneratorFor<long>().Select(l => (object?)l),
        Gen.Choose(-200, 200).Select(i => (object?)(long)i),
        ArbMap.Default.GeneratorFor<double>().Where(d => !double.IsNaN(d)).Select(d => (object?)d),
        ArbMap.Default.GeneratorFor<string>().Where(s => s is not null && !HasLoneSurrogate(s)).Select(s => (object?)s),
        ArbMap.Default.GeneratorFor<byte[]>().Where(b => b is not null).Select(b => (object?)b),
        ArbMap.Default.GeneratorFor<long>().Select(d => (object?)new BoltDate(d)),
        ArbMap.Default.GeneratorFor<long>().Select(n => (object?)new BoltLocalTime(n)),
        Gen.Zip(ArbMap.Default.GeneratorFor<long>(), ArbMap.Default.GeneratorFor<int>(), (a, b) => (object?)new BoltTime(a, b)),
        Gen.Zip(ArbMap.Default.GeneratorFor<long>(), ArbMap.Default.GeneratorFor<int>(), (a, b) => (object?)new BoltLocalDateTime(a, b)),
        Gen.Zip(ArbMap.Default.GeneratorFor<long>(), Gen.Zip(ArbMap.Default.GeneratorFor<int>(), Gen.Choose(-64800, 64800)), (a, b) => (object?)new BoltDateTime(a, b.Item1, b.Item2)),
        Gen.Zip(ArbMap.Default.GeneratorFor<long>(), Gen.Zip(Gen.Choose(0, 999_999_999), Gen.Elements("UTC", "Europe/Paris", "Asia/Baku")),
            (a, b) => (object?)new BoltZonedDateTime(a, b.Item1, b.Item2)),
        Gen.Zip(ArbMap.Default.GeneratorFor<long>(), Gen.Zip(ArbMap.Default.GeneratorFor<long>(), ArbMap.Default.GeneratorFor<int>()), (a, b) => (object?)new BoltDuration(a, b.Item1, a ^ b.Item1, b.Item2)),
        Gen.Zip(ArbMap.Default.GeneratorFor<int>(), ArbMap.Default.GeneratorFor<double>().Where(d => !double.IsNaN(d)), (a, b) => (object?)new BoltPoint(a, b, -b)),
        Gen.Zip(ArbMap.Default.GeneratorFor<int>(), ArbMap.Default.GeneratorFor<double>().Where(d => !double.IsNaN(d)), (a, b) => (object?)new BoltPoint(a, b, 1, b / 2)));

    private static bool HasLoneSurrogate(string s)
    {
        for (var i = 0; i < s.Length; i++)
        {
            if (char.IsHighSurrogate(s[i]) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(s[i]))
            {
                return true;
            }
        }

        return false;
    }

    private static Gen<object?> Value(int depth) => depth <= 0
        ? Scalar()
        : Gen.Frequency(
            (4, Scalar()),
            (1, Value(depth - 1).ListOf().Select(l => (object?)l.ToList())),
            (1, Gen.Zip(ArbMap.Default.GeneratorFor<string>().Where(s => s is not null && !HasLoneSurrogate(s)), Value(depth - 1),
                    (k, v) => KeyValuePair.Create(k, v))
                .ListOf().Select(entries => (object?)entries.DistinctBy(e => e.Key)
                    .ToDictionary(e => e.Key, e => e.Value))));

    public static Arbitrary<object?> Values() => Value(3).ToArbitrary();

    [FsCheck.Xunit.Property(Arbitrary = [typeof(RoundTripProperties)], MaxTest = 300)]
    public bool Any_value_reads_back_as_written(object? value)
    {
        var bytes = Write(value);
        var reader = new PackStreamReader(bytes);
        var back = reader.ReadValue();
        return reader.AtEnd && DeepEquals(value, back);
    }

    [FsCheck.Xunit.Property(Arbitrary = [typeof(RoundTripProperties)], MaxTest = 300)]
    public bool The_stub_codec_reencodes_our_bytes_identically(object? value)
    {
        // Two independent codecs agreeing byte for byte: same markers, same size classes, same field order.
        var bytes = Write(value);
        return bytes.AsSpan().SequenceEqual(StubCodec.Encode(StubCodec.Decode(bytes)));
    }

    [FsCheck.Xunit.Property(MaxTest = 500)]
    public bool Integers_take_the_smallest_encoding(long value)
    {
        var expected = value switch
        {
            >= -16 and <= 127 => 1,
            >= sbyte.MinValue and <= sbyte.MaxValue => 2,
            >= short.MinValue and <= short.MaxValue => 3,
            >= int.MinValue and <= int.MaxValue => 5,
            _ => 9,
        };
        return Write(value).Length == expected;
    }

    private static byte[] Write(object? value)
    {
        var buffer = new ArrayBufferWriter<byte>();
        new PackStreamWriter(buffer).WriteValue(value);
        return buffer.WrittenSpan.ToArray();
    }

    internal static bool DeepEquals(object? a, object? b) => (a, b) switch
    {
        (null, null) => true,
        (byte[] x, byte[] y) => x.AsSpan().SequenceEqual(y),
        (IReadOnlyDictionary<string, object?> x, IReadOnlyDictionary<string, object?> y) =>
            x.Count == y.Count && x.All(kv => y.TryGetValue(kv.Key, out var v) && DeepEquals(kv.Value, v)),
        (IReadOnlyList<object?> x, IReadOnlyList<object?> y) => x.Count == y.Count && x.Zip(y).All(p => DeepEquals(p.First, p.Second)),
        _ => Equals(a, b),
    };
}
