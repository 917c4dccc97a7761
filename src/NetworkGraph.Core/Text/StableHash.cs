using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;

namespace NetworkGraph.Core.Text;

/// <summary>Fast 64-bit hashes that are the same on every run and machine (unlike <see cref="string.GetHashCode()"/>).</summary>
public static class StableHash
{
    private const ulong Prime1 = 0x9E3779B185EBCA87UL;
    private const ulong Prime2 = 0xC2B2AE3D27D4EB4FUL;
    private const ulong Fmix1 = 0xFF51AFD7ED558CCDUL;
    private const ulong Fmix2 = 0xC4CEB9FE1A85EC53UL;

    /// <summary>Hashes a run of UTF-16 code units to 64 bits.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static ulong Hash64(ReadOnlySpan<char> chars, ulong seed = 0)
    {
        var h = seed ^ ((ulong)chars.Length * Prime1);
        var i = 0;
        for (; i + 4 <= chars.Length; i += 4)
        {
            var block = chars[i] | ((ulong)chars[i + 1] << 16) | ((ulong)chars[i + 2] << 32) | ((ulong)chars[i + 3] << 48);
            h = BitOperations.RotateLeft(h ^ (block * Prime2), 31) * Prime1;
        }

        if (i < chars.Length)
        {
            ulong block = 0;
            for (var shift = 0; i < chars.Length; i++, shift += 16)
            {
                block |= (ulong)chars[i] << shift;
            }

            h = BitOperations.RotateLeft(h ^ (block * Prime2), 31) * Prime1;
        }

        return Mix(h);
    }

    /// <summary>Scrambles a 64-bit value in the same way (see <see cref="Mix(ulong)"/>); eight at once.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static Vector512<ulong> Mix(Vector512<ulong> value)
    {
        value ^= Vector512.ShiftRightLogical(value, 33);
        value *= Vector512.Create(Fmix1);
        value ^= Vector512.ShiftRightLogical(value, 33);
        value *= Vector512.Create(Fmix2);
        value ^= Vector512.ShiftRightLogical(value, 33);
        return value;
    }

    /// <summary>Scrambles a 64-bit value so that every input bit affects every output bit (MurmurHash3's finaliser).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ulong Mix(ulong value)
    {
        value ^= value >> 33;
        value *= Fmix1;
        value ^= value >> 33;
        value *= Fmix2;
        value ^= value >> 33;
        return value;
    }
}
