using NetworkGraph.Analysis.Internal;

namespace NetworkGraph.Analysis.IO;

/// <summary>Reads `u v [w]` edge-list files: one edge per line, blank or tab separated, 2 columns meaning weight 1.</summary>
/// <remarks>Lines starting with '#' or '%' and blank lines are skipped. Node ids are non-negative integers.</remarks>
public static class EdgeListReader
{
    private const int DefaultBlockSize = 32 << 20;

    /// <summary>Reads an edge-list file, parsing on all processors; bad lines throw <see cref="EdgeListFormatException"/>.</summary>
    public static Task<EdgeList> ReadAsync(string path, CancellationToken cancellationToken = default) =>
        ReadAsync(path, threads: 0, cancellationToken);

    /// <summary>Reads an edge-list file with the given number of parser threads (0 = all processors).</summary>
    public static async Task<EdgeList> ReadAsync(string path, int threads, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(path);
        await using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1, FileOptions.SequentialScan);
        return await ReadAsync(stream, path, threads, DefaultBlockSize, cancellationToken);
    }

    /// Reads from any stream in blocks of whole lines; blockSize is small in tests to exercise block seams.
    internal static async Task<EdgeList> ReadAsync(Stream stream, string name, int threads, int blockSize, CancellationToken cancellationToken)
    {
        var pieces = WorkRanges.Resolve(threads);
        var parsers = new EdgeChunkParser[pieces];
        for (var p = 0; p < pieces; p++)
        {
            parsers[p] = new EdgeChunkParser();
        }

        var output = new EdgeAccumulator();
        var buffer = new byte[blockSize];
        var filled = 0;
        long lineBase = 0;
        var eof = false;
        while (!eof)
        {
            if (filled == buffer.Length)
            {
                Array.Resize(ref buffer, buffer.Length * 2);
            }

            var read = await stream.ReadAsync(buffer.AsMemory(filled), cancellationToken);
            eof = read == 0;
            filled += read;
            var usable = eof ? filled : buffer.AsSpan(0, filled).LastIndexOf((byte)'\n') + 1;
            if (usable == 0 && !eof)
            {
                continue;
            }

            ParseBlock(buffer, usable, parsers, name, lineBase, output);
            lineBase += buffer.AsSpan(0, usable).Count((byte)'\n');
            buffer.AsSpan(usable, filled - usable).CopyTo(buffer);
            filled -= usable;
        }

        return output.ToEdgeList();
    }

    private static void ParseBlock(byte[] buffer, int length, EdgeChunkParser[] parsers, string name, long lineBase, EdgeAccumulator output)
    {
        var bounds = SplitAtLines(buffer.AsSpan(0, length), length < (1 << 20) ? 1 : parsers.Length);
        var pieces = bounds.Length - 1;
        if (pieces == 1)
        {
            parsers[0].Parse(buffer.AsSpan(0, length));
        }
        else
        {
            Parallel.For(0, pieces, new ParallelOptions { MaxDegreeOfParallelism = pieces },
                p => parsers[p].Parse(buffer.AsSpan(bounds[p], bounds[p + 1] - bounds[p])));
        }

        for (var p = 0; p < pieces; p++)
        {
            var parser = parsers[p];
            if (parser.ErrorOffset >= 0)
            {
                var at = bounds[p] + parser.ErrorOffset;
                var line = lineBase + buffer.AsSpan(0, at).Count((byte)'\n') + 1;
                throw new EdgeListFormatException(name, line, parser.ErrorField, parser.ErrorProblem);
            }

            output.Append(parser);
        }
    }

    /// Bounds of `pieces` ranges of near-equal size, each ending just after a newline (or at the end).
    private static int[] SplitAtLines(ReadOnlySpan<byte> data, int pieces)
    {
        var bounds = new List<int> { 0 };
        for (var p = 1; p < pieces; p++)
        {
            var goal = (int)((long)data.Length * p / pieces);
            var last = bounds[^1];
            if (goal <= last)
            {
                continue;
            }

            var nl = data[goal..].IndexOf((byte)'\n');
            var cut = nl < 0 ? data.Length : goal + nl + 1;
            if (cut < data.Length && cut > last)
            {
                bounds.Add(cut);
            }
        }

        bounds.Add(data.Length);
        return [.. bounds];
    }

    /// Keeps each parsed piece as exact-size arrays and joins them once at the end, so that the peak memory is
    /// about twice the final edge list whatever the file size.
    private sealed class EdgeAccumulator
    {
        private readonly List<(int[] Sources, int[] Targets, double[] Weights)> _pieces = [];
        private long _count;

        public void Append(EdgeChunkParser parser)
        {
            _count += parser.Count;
            if (_count > Array.MaxLength)
            {
                throw new InvalidDataException("The edge list has more edges than one array can hold.");
            }

            _pieces.Add((parser.Sources[..parser.Count], parser.Targets[..parser.Count], parser.Weights[..parser.Count]));
        }

        public EdgeList ToEdgeList()
        {
            var sources = new int[_count];
            var targets = new int[_count];
            var weights = new double[_count];
            var at = 0;
            foreach (var piece in _pieces)
            {
                piece.Sources.CopyTo(sources, at);
                piece.Targets.CopyTo(targets, at);
                piece.Weights.CopyTo(weights, at);
                at += piece.Sources.Length;
            }

            _pieces.Clear();
            return new EdgeList(sources, targets, weights);
        }
    }
}
