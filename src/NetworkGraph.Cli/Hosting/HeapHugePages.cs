using System.Globalization;
using System.Runtime.InteropServices;

namespace NetworkGraph.Cli.Hosting;

/// <summary>Asks Linux to back the managed heap with transparent huge pages (2 MiB) where the kernel gives them only on
/// request (THP mode "madvise", Debian's and Ubuntu's default), as JVMs do with -XX:+UseTransparentHugePages; the .NET
/// runtime has no such setting. An analysis touches hundreds of megabytes of fresh heap, each 4 KiB page a fault of
/// its own: at 1 M posts about 200k faults, a sixth of the CPU time on a virtual machine. Set
/// NETWORKGRAPH_HUGE_PAGES=0 to leave the heap on the kernel's default pages.</summary>
/// <remarks>The advice covers the range as it is mapped now. Memory the runtime gives back is unmapped and mapped anew
/// (without the advice) when it is taken again, so in a long-lived process the advised share of the heap shrinks; a
/// command's run keeps most of it (half the page faults of a 10 M post analysis).</remarks>
internal static partial class HeapHugePages
{
    /// <summary>The environment variable that turns the advice off ("0", "false" or "off").</summary>
    public const string Variable = "NETWORKGRAPH_HUGE_PAGES";

    private const string ModeFile = "/sys/kernel/mm/transparent_hugepage/enabled";
    private const int MadvHugePage = 14;

    /// <summary>Advises the range the runtime reserved for the managed heap, unless turned off or the kernel's mode is
    /// not "madvise" (with "always" the heap has huge pages already, with "never" it cannot); returns the bytes
    /// advised, 0 when none were. Never throws: huge pages are a speed-up, not a need.</summary>
    public static long Advise()
    {
        try
        {
            if (!Applies())
            {
                return 0;
            }

            // An object of the pinned heap lies in the runtime's one reservation, as every other managed object does.
            var probe = GC.AllocateArray<byte>(1, pinned: true);
            var address = (long)Marshal.UnsafeAddrOfPinnedArrayElement(probe, 0);
            if (HeapRange(File.ReadLines("/proc/self/maps"), address) is not var (start, end))
            {
                return 0;
            }

            return Madvise((nint)start, (nuint)(end - start), MadvHugePage) == 0 ? end - start : 0;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or DllNotFoundException or EntryPointNotFoundException)
        {
            return 0; // no /proc or /sys to read, or no libc with madvise: the heap stays on default pages
        }
    }

    /// <summary>Whether the advice would change what the kernel does here: on Linux, with the kernel's THP mode
    /// "madvise" and the advice not turned off. Reads the mode file (an <see cref="IOException"/> when unreadable).</summary>
    internal static bool Applies() =>
        OperatingSystem.IsLinux() && !IsOff(Environment.GetEnvironmentVariable(Variable)) && File.Exists(ModeFile)
        && OnRequestOnly(File.ReadAllText(ModeFile));

    /// <summary>Whether the variable's value turns the advice off.</summary>
    internal static bool IsOff(string? value) =>
        value?.Trim().ToLowerInvariant() is "0" or "false" or "off";

    /// <summary>Whether the kernel's THP mode (the contents of <c>transparent_hugepage/enabled</c>, the chosen one in
    /// brackets) gives huge pages only to ranges advised for them.</summary>
    internal static bool OnRequestOnly(string mode) => mode.Contains("[madvise]", StringComparison.Ordinal);

    /// <summary>The run of adjacent anonymous data mappings (lines of /proc/self/maps, private, read-write or reserved)
    /// around <paramref name="address"/>: the runtime reserves its heap as one range and commits it piece by piece,
    /// each piece a mapping of its own. Null when the address lies in no such mapping.</summary>
    internal static (long Start, long End)? HeapRange(IEnumerable<string> maps, long address)
    {
        var mappings = maps.Select(Parse).Where(m => m.End > m.Start).ToList();
        var at = mappings.FindIndex(m => m.Start <= address && address < m.End);
        if (at < 0 || !mappings[at].Anonymous)
        {
            return null;
        }

        var first = at;
        while (first > 0 && mappings[first - 1].Anonymous && mappings[first - 1].End == mappings[first].Start)
        {
            first--;
        }

        var last = at;
        while (last + 1 < mappings.Count && mappings[last + 1].Anonymous && mappings[last + 1].Start == mappings[last].End)
        {
            last++;
        }

        return (mappings[first].Start, mappings[last].End);
    }

    /// <summary>One line of /proc/self/maps: "start-end perms offset dev inode [path]"; anonymous when it has no path
    /// (named ones such as [heap] and [stack] are not the runtime's) and is private data, read-write or reserved (never
    /// code). A line it cannot read is an empty mapping.</summary>
    private static (long Start, long End, bool Anonymous) Parse(string line)
    {
        var fields = line.Split(' ', 6, StringSplitOptions.RemoveEmptyEntries);
        var dash = fields.Length > 0 ? fields[0].IndexOf('-', StringComparison.Ordinal) : -1;
        if (dash < 0
            || !long.TryParse(fields[0].AsSpan(0, dash), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var start)
            || !long.TryParse(fields[0].AsSpan(dash + 1), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var end))
        {
            return (0, 0, false);
        }

        var unnamed = fields.Length == 5 || (fields.Length == 6 && string.IsNullOrWhiteSpace(fields[5]));
        return (start, end, unnamed && fields[1] is ("rw-p" or "---p"));
    }

    [LibraryImport("libc", EntryPoint = "madvise", SetLastError = true)]
    private static partial int Madvise(nint address, nuint length, int advice);
}
