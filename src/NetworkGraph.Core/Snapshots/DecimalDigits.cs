using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace NetworkGraph.Core.Snapshots;

/// <summary>A long's invariant decimal digits as ASCII bytes ("-" then digits, as <c>long.ToString(InvariantCulture)</c>
/// writes them), eight digits at a time with 32-bit arithmetic: the fingerprint writes tens of millions of them.</summary>
internal static class DecimalDigits
{
    /// <summary>The most bytes a long takes ("-9223372036854775808").</summary>
    public const int MaxBytes = 20;

    /// <summary>10^0 .. 10^19.</summary>
    private static readonly ulong[] Pow10 = Powers();

    /// <summary>"00", "01", ... "99": the two digits of each number below 100.</summary>
    private static ReadOnlySpan<byte> Pairs =>
        "00010203040506070809101112131415161718192021222324252627282930313233343536373839404142434445464748495051525354555657585960616263646566676869707172737475767778798081828384858687888990919293949596979899"u8;

    /// <summary>How many bytes <see cref="Write"/> writes for <paramref name="value"/> (its digits, and its sign when negative).</summary>
    public static int Count(long value) => value < 0 ? 1 + Count(Magnitude(value)) : Count((ulong)value);

    /// <summary>Writes <paramref name="value"/>'s digits (and sign) at the start of <paramref name="destination"/>, which
    /// must hold <see cref="Count(long)"/> bytes; gives that count.</summary>
    public static int Write(long value, Span<byte> destination)
    {
        var count = Count(value);
        if (destination.Length < count)
        {
            throw new ArgumentException("The destination is too short for the digits.", nameof(destination));
        }

        ref var start = ref MemoryMarshal.GetReference(destination);
        if (value < 0)
        {
            start = (byte)'-';
            WriteBackwards(Magnitude(value), ref start, count);
        }
        else
        {
            WriteBackwards((ulong)value, ref start, count);
        }

        return count;
    }

    private static ulong Magnitude(long negative) => 0UL - (ulong)negative;

    private static int Count(ulong value)
    {
        // log10 from log2 (1233 / 4096 ~ log10(2)), one less when below that power of ten (0 counted as 1: one digit).
        var v = value | 1;
        var guess = ((64 - BitOperations.LeadingZeroCount(v)) * 1233) >> 12;
        return guess + (v >= Pow10[guess] ? 1 : 0);
    }

    private static ulong[] Powers()
    {
        var powers = new ulong[20];
        powers[0] = 1;
        for (var k = 1; k < powers.Length; k++)
        {
            powers[k] = powers[k - 1] * 10;
        }

        return powers;
    }

    /// <summary>Writes the digits of <paramref name="value"/> so that its last digit is at <paramref name="end"/> - 1.</summary>
    private static void WriteBackwards(ulong value, ref byte start, int end)
    {
        var at = end;
        while (value >= 100_000_000)
        {
            var high = value / 100_000_000;
            at -= 8;
            WriteEight((uint)(value - (high * 100_000_000)), ref Unsafe.Add(ref start, at));
            value = high;
        }

        var small = (uint)value;
        while (small >= 100)
        {
            var high = small / 100;
            at -= 2;
            WritePair(small - (high * 100), ref Unsafe.Add(ref start, at));
            small = high;
        }

        if (small >= 10)
        {
            WritePair(small, ref Unsafe.Add(ref start, at - 2));
        }
        else
        {
            Unsafe.Add(ref start, at - 1) = (byte)('0' + small);
        }
    }

    /// <summary>Exactly eight digits (leading zeros kept) of a value below 10^8.</summary>
    private static void WriteEight(uint value, ref byte at)
    {
        var high = value / 10_000;
        var low = value - (high * 10_000);
        var (hh, lh) = (high / 100, low / 100);
        WritePair(hh, ref at);
        WritePair(high - (hh * 100), ref Unsafe.Add(ref at, 2));
        WritePair(lh, ref Unsafe.Add(ref at, 4));
        WritePair(low - (lh * 100), ref Unsafe.Add(ref at, 6));
    }

    private static void WritePair(uint value, ref byte at) =>
        Unsafe.WriteUnaligned(ref at, Unsafe.ReadUnaligned<ushort>(ref Unsafe.Add(ref MemoryMarshal.GetReference(Pairs), (nint)(value * 2))));
}
