using System.Globalization;
using System.Runtime.CompilerServices;

namespace NetworkGraph.Analysis.IO;

/// Parses whole `u v [w]` lines from a byte range into growable arrays; stops at the first bad line.
internal sealed class EdgeChunkParser
{
    private static readonly double[] PowersOfTen =
    [
        1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11,
        1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22,
    ];

    public int[] Sources = [];
    public int[] Targets = [];
    public double[] Weights = [];
    public int Count;

    /// Offset (within the parsed span) of the first bad line, or -1.
    public int ErrorOffset = -1;
    public string ErrorField = "";
    public string ErrorProblem = "";

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void Parse(ReadOnlySpan<byte> data)
    {
        Count = 0;
        ErrorOffset = -1;
        var capacity = data.Length / 12 + 16;
        if (Sources.Length < capacity)
        {
            Sources = new int[capacity];
            Targets = new int[capacity];
            Weights = new double[capacity];
        }

        var i = 0;
        var end = data.Length;
        while (i < end)
        {
            var lineStart = i;
            i = SkipBlanks(data, i);
            if (i >= end)
            {
                break;
            }

            var b = data[i];
            if (b == (byte)'\n' || b == (byte)'\r')
            {
                i++;
                continue;
            }

            if (b == (byte)'#' || b == (byte)'%')
            {
                var nl = data[i..].IndexOf((byte)'\n');
                i = nl < 0 ? end : i + nl + 1;
                continue;
            }

            if (!TryParseId(data, ref i, out var u, out var problem))
            {
                Fail(lineStart, "source", problem);
                return;
            }

            var afterSource = i;
            i = SkipBlanks(data, i);
            if (i == afterSource || IsLineEnd(data, i))
            {
                Fail(lineStart, "target", "missing: expected 'source target [weight]'");
                return;
            }

            if (!TryParseId(data, ref i, out var v, out problem))
            {
                Fail(lineStart, "target", problem);
                return;
            }

            var afterTarget = i;
            i = SkipBlanks(data, i);
            var w = 1.0;
            if (!IsLineEnd(data, i))
            {
                if (i == afterTarget)
                {
                    Fail(lineStart, "target", "not an integer");
                    return;
                }

                if (!TryParseWeight(data, ref i, out w, out problem))
                {
                    Fail(lineStart, "weight", problem);
                    return;
                }

                i = SkipBlanks(data, i);
                if (!IsLineEnd(data, i))
                {
                    Fail(lineStart, "line", "more than three fields");
                    return;
                }
            }

            if (i < end && data[i] == (byte)'\r')
            {
                i++;
            }

            if (i < end && data[i] == (byte)'\n')
            {
                i++;
            }

            Add(u, v, w);
        }
    }

    private void Add(int u, int v, double w)
    {
        if (Count == Sources.Length)
        {
            var size = Math.Max(16, Count + Count / 2);
            Array.Resize(ref Sources, size);
            Array.Resize(ref Targets, size);
            Array.Resize(ref Weights, size);
        }

        Sources[Count] = u;
        Targets[Count] = v;
        Weights[Count] = w;
        Count++;
    }

    private void Fail(int offset, string field, string problem)
    {
        ErrorOffset = offset;
        ErrorField = field;
        ErrorProblem = problem;
    }

    private static int SkipBlanks(ReadOnlySpan<byte> data, int i)
    {
        while (i < data.Length && (data[i] == (byte)' ' || data[i] == (byte)'\t'))
        {
            i++;
        }

        return i;
    }

    private static bool IsLineEnd(ReadOnlySpan<byte> data, int i) =>
        i >= data.Length || data[i] == (byte)'\n' || data[i] == (byte)'\r';

    private static bool IsTokenEnd(ReadOnlySpan<byte> data, int i) =>
        IsLineEnd(data, i) || data[i] == (byte)' ' || data[i] == (byte)'\t';

    private static bool TryParseId(ReadOnlySpan<byte> data, ref int i, out int id, out string problem)
    {
        long value = 0;
        var start = i;
        while (i < data.Length && (uint)(data[i] - '0') <= 9)
        {
            value = value * 10 + (data[i] - '0');
            if (value >= int.MaxValue)
            {
                id = 0;
                problem = "node id too large";
                return false;
            }

            i++;
        }

        id = (int)value;
        if (i == start || !IsTokenEnd(data, i))
        {
            problem = start < data.Length && data[start] == (byte)'-'
                ? "node ids must be non-negative integers"
                : "not a non-negative integer";
            return false;
        }

        problem = "";
        return true;
    }

    private static bool TryParseWeight(ReadOnlySpan<byte> data, ref int i, out double weight, out string problem)
    {
        var start = i;
        ulong mantissa = 0;
        var digits = 0;
        var fraction = 0;
        while (i < data.Length && (uint)(data[i] - '0') <= 9)
        {
            mantissa = mantissa * 10 + (uint)(data[i] - '0');
            digits++;
            i++;
        }

        if (i < data.Length && data[i] == (byte)'.')
        {
            i++;
            while (i < data.Length && (uint)(data[i] - '0') <= 9)
            {
                mantissa = mantissa * 10 + (uint)(data[i] - '0');
                digits++;
                fraction++;
                i++;
            }
        }

        // Exact fast path: mantissa and 10^fraction are exact doubles, so one division rounds correctly.
        if (digits > 0 && digits <= 15 && IsTokenEnd(data, i))
        {
            weight = mantissa / PowersOfTen[fraction];
            problem = "";
            return true;
        }

        while (!IsTokenEnd(data, i))
        {
            i++;
        }

        var token = data[start..i];
        if (!double.TryParse(token, NumberStyles.Float, CultureInfo.InvariantCulture, out weight))
        {
            problem = "not a number";
            return false;
        }

        if (!double.IsFinite(weight) || weight < 0)
        {
            problem = "weights must be finite and >= 0";
            return false;
        }

        problem = "";
        return true;
    }
}
