using System.Globalization;

namespace NetworkGraph.Analysis.IO;

/// <summary>Writes edge lists (`u v w` lines) and membership files (`node community` lines) as UTF-8 text.</summary>
public static class EdgeListWriter
{
    private const int FlushAt = 1 << 20;

    /// <summary>Writes one `u v w` line per edge; weights use the shortest round-trip form.</summary>
    public static async Task WriteAsync(string path, EdgeList edges, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(edges);
        await using var stream = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.None, 1);
        var buffer = new byte[FlushAt + 128];
        var used = 0;
        for (var e = 0; e < edges.Count; e++)
        {
            used += Line(buffer.AsSpan(used), edges.Sources[e], edges.Targets[e], edges.Weights[e]);
            if (used >= FlushAt)
            {
                await stream.WriteAsync(buffer.AsMemory(0, used), cancellationToken);
                used = 0;
            }
        }

        await stream.WriteAsync(buffer.AsMemory(0, used), cancellationToken);
    }

    /// <summary>Writes one `node community` line per node, nodes in id order.</summary>
    public static async Task WriteMembershipAsync(string path, IReadOnlyList<int> membership, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(membership);
        await using var stream = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.None, 1);
        var buffer = new byte[FlushAt + 64];
        var used = 0;
        for (var node = 0; node < membership.Count; node++)
        {
            used += Line(buffer.AsSpan(used), node, membership[node]);
            if (used >= FlushAt)
            {
                await stream.WriteAsync(buffer.AsMemory(0, used), cancellationToken);
                used = 0;
            }
        }

        await stream.WriteAsync(buffer.AsMemory(0, used), cancellationToken);
    }

    private static int Line(Span<byte> span, int a, int b)
    {
        a.TryFormat(span, out var n, default, CultureInfo.InvariantCulture);
        span[n++] = (byte)' ';
        b.TryFormat(span[n..], out var m, default, CultureInfo.InvariantCulture);
        n += m;
        span[n++] = (byte)'\n';
        return n;
    }

    private static int Line(Span<byte> span, int u, int v, double w)
    {
        var n = Line(span, u, v) - 1;
        span[n++] = (byte)' ';
        w.TryFormat(span[n..], out var m, default, CultureInfo.InvariantCulture);
        n += m;
        span[n++] = (byte)'\n';
        return n;
    }
}
