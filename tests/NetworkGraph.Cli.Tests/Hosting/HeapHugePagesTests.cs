using System.Runtime.InteropServices;
using NetworkGraph.Cli.Hosting;
using NetworkGraph.Cli.Tests.Support;

namespace NetworkGraph.Cli.Tests.Hosting;

/// <summary>How the managed heap's range is found and advised for transparent huge pages.</summary>
public sealed class HeapHugePagesTests
{
    private static readonly string[] Maps =
    [
        "55d0c0000000-55d0c0021000 r--p 00000000 fe:01 1234                       /usr/bin/dotnet",
        "7f0000000000-7f0000100000 rw-p 00000000 00:00 0 ",
        "7f0000100000-7f0010000000 ---p 00000000 00:00 0",
        "7f0010000000-7f0010400000 rw-p 00000000 00:00 0",
        "7f0010400000-7f0080000000 ---p 00000000 00:00 0 ",
        "7f0080000000-7f0080001000 r--p 00000000 fe:01 99                         /usr/lib/libc.so.6",
        "7f0080001000-7f0080002000 rw-p 00000000 00:00 0",
        "7f0080002000-7f0080003000 r-xp 00000000 00:00 0", // anonymous code (the JIT's): never advised
        "7f0090000000-7f0090001000 rw-p 00000000 00:00 0                          [heap]",
        "not a mapping",
    ];

    [Fact]
    public void The_heap_range_joins_the_adjacent_anonymous_mappings_around_the_address()
    {
        Assert.Equal((0x7f0000000000L, 0x7f0080000000L), HeapHugePages.HeapRange(Maps, 0x7f0010000010));
    }

    [Fact]
    public void The_heap_range_stops_at_a_gap_and_at_a_file_mapping()
    {
        Assert.Equal((0x7f0080001000L, 0x7f0080002000L), HeapHugePages.HeapRange(Maps, 0x7f0080001800));
    }

    [Theory]
    [InlineData(0x55d0c0000010L)] // a file mapping
    [InlineData(0x7f0090000010L)] // a named one ([heap]: malloc's, not the runtime's)
    [InlineData(0x7f0080002010L)] // anonymous code
    [InlineData(0x7f00a0000000L)] // no mapping
    public void An_address_outside_anonymous_mappings_has_no_heap_range(long address)
    {
        Assert.Null(HeapHugePages.HeapRange(Maps, address));
    }

    [Theory]
    [InlineData("always [madvise] never\n", true)]
    [InlineData("[always] madvise never\n", false)]
    [InlineData("always madvise [never]\n", false)]
    public void Only_the_madvise_mode_needs_the_advice(string mode, bool needed)
    {
        Assert.Equal(needed, HeapHugePages.OnRequestOnly(mode));
    }

    [Theory]
    [InlineData("0", true)]
    [InlineData(" false ", true)]
    [InlineData("OFF", true)]
    [InlineData("1", false)]
    [InlineData(null, false)]
    public void The_variable_turns_the_advice_off(string? value, bool off)
    {
        Assert.Equal(off, HeapHugePages.IsOff(value));
    }

    [MadviseModeFact]
    public void On_a_kernel_in_madvise_mode_the_heap_holding_an_object_is_advised_for_huge_pages()
    {
        Assert.True(HeapHugePages.Advise() > 0);
        var probe = GC.AllocateArray<byte>(1, pinned: true);
        var address = (long)Marshal.UnsafeAddrOfPinnedArrayElement(probe, 0);
        Assert.Contains("hg", VmFlags(address)?.Split(' ') ?? []);
    }

    /// <summary>The flags /proc/self/smaps gives the mapping holding <paramref name="address"/> ("hg": advised for huge
    /// pages).</summary>
    private static string? VmFlags(long address)
    {
        var inside = false;
        foreach (var line in File.ReadLines("/proc/self/smaps"))
        {
            var dash = line.IndexOf('-', StringComparison.Ordinal);
            var space = line.IndexOf(' ', StringComparison.Ordinal);
            if (dash > 0 && space > dash && long.TryParse(line.AsSpan(0, dash), System.Globalization.NumberStyles.AllowHexSpecifier, null, out var start)
                && long.TryParse(line.AsSpan(dash + 1, space - dash - 1), System.Globalization.NumberStyles.AllowHexSpecifier, null, out var end))
            {
                inside = start <= address && address < end;
            }
            else if (inside && line.StartsWith("VmFlags:", StringComparison.Ordinal))
            {
                return line["VmFlags:".Length..].Trim();
            }
        }

        return null;
    }
}
