using System.Globalization;
using System.Numerics;
using NetworkGraph.Core.Coordination;

namespace NetworkGraph.Core.Clustering;

/// <summary>Post ids per row (null where there is none): an id that is a canonical decimal number (ASCII digits, no
/// leading zero, within a long), as the ids of most platforms are, is kept as that number, any other as its string.
/// A million rows then hold a long each instead of a string each; ids compare as their strings do (ordinal).</summary>
/// <remarks>The strings, when any id is one, are kept in an array by row (a table of hashed or platform ids has one
/// for every row: looked up by row in a dictionary, they made the ordering of 700k rows take seconds).</remarks>
public sealed class PostIdColumn
{
    private const long None = -1;
    /// <summary>The mark of a row whose id is no number (see <see cref="NumbersOrMarks"/>).</summary>
    internal const long Other = -2;

    private static readonly ulong[] Pow10 = [.. Enumerable.Range(0, 20).Select(k => (ulong)Math.Pow(10, k))];

    private readonly long[] _numbers;
    private readonly string?[]? _others; // by row, where _numbers says Other; null when no row is

    private PostIdColumn(long[] numbers, string?[]? others)
    {
        _numbers = numbers;
        _others = others;
    }

    /// <summary>Number of rows.</summary>
    public int Count => _numbers.Length;

    /// <summary>Each row's id as its number, or -1 where there is none and <see cref="Other"/> where it is no number (its
    /// string is then the row's <see cref="this[int]"/>).</summary>
    internal ReadOnlySpan<long> NumbersOrMarks => _numbers;

    /// <summary>A row's id; null when it has none.</summary>
    public string? this[int row] => _numbers[row] switch
    {
        None => null,
        Other => _others![row],
        var n => n.ToString(CultureInfo.InvariantCulture),
    };

    /// <summary>The column of <paramref name="ids"/>, row for row.</summary>
    public static PostIdColumn Of(IEnumerable<string?> ids)
    {
        ArgumentNullException.ThrowIfNull(ids);
        var builder = new Builder();
        foreach (var id in ids)
        {
            builder.Add(id);
        }

        return builder.Build();
    }

    /// <summary>Whether a row's id is a canonical number; <paramref name="number"/> is then its value.</summary>
    public bool TryNumber(int row, out long number)
    {
        number = _numbers[row];
        return number >= 0;
    }

    /// <summary>Compares two rows' ids as <see cref="string.CompareOrdinal(string, string)"/> compares their strings
    /// (null first).</summary>
    public int CompareOrdinal(int x, int y)
    {
        if (_numbers[x] >= 0 && _numbers[y] >= 0)
        {
            return OrdinalKey.Of(_numbers[x], 0).CompareTo(OrdinalKey.Of(_numbers[y], 0));
        }

        return string.CompareOrdinal(this[x], this[y]);
    }

    /// <summary>All rows ordered by their ids' strings (ordinal), rows with equal ids by row.</summary>
    public int[] OrdinalOrder()
    {
        var rows = Enumerable.Range(0, Count).ToArray();
        var keys = new long[Count];
        if (_others is not null || _numbers.Contains(None))
        {
            // By the first characters (a primitive sort): eight of 8 bits when every id begins with characters below
            // U+0100 (hashed and platform ids), else four UTF-16 code units; ids that begin alike by the whole comparison.
            var bits = _others is null || Array.TrueForAll(_others, id => id is null || Latin1Prefix(id)) ? 8 : 16;
            for (var r = 0; r < keys.Length; r++)
            {
                keys[r] = PrefixKey(r, bits);
            }

            RowOrder.Sort(keys, rows, (x, y) => CompareOrdinal(x, y) is var c && c != 0 ? c : x.CompareTo(y));
            return rows;
        }

        // Sorted as numbers padded to 19 digits (a primitive sort; the padded value shifted into a long's order), numbers
        // that pad alike ("1", "10") by their digits, then by row.
        for (var r = 0; r < keys.Length; r++)
        {
            keys[r] = (long)(OrdinalKey.Of(_numbers[r], r).Padded ^ (1UL << 63));
        }

        RowOrder.Sort(keys, rows, (x, y) => OrdinalKey.Of(_numbers[x], x).CompareTo(OrdinalKey.Of(_numbers[y], y)));
        return rows;
    }

    /// <summary>Whether the first eight characters of <paramref name="id"/> are each below U+0100 (one byte each).</summary>
    private static bool Latin1Prefix(string id)
    {
        foreach (var c in id.AsSpan(0, Math.Min(8, id.Length)))
        {
            if (c > 0xFF)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>A row's first 64 / <paramref name="bits"/> characters, <paramref name="bits"/> bits each and zero where
    /// the id is shorter, in a long's order: ids whose keys differ order as their keys; null has the smallest key (which
    /// the empty id and ids of U+0000 characters share: the whole comparison orders them).</summary>
    private long PrefixKey(int row, int bits)
    {
        var number = _numbers[row];
        if (number == None)
        {
            return long.MinValue;
        }

        var count = 64 / bits;
        var packed = 0UL;
        if (number >= 0)
        {
            // The leading digits of the number's decimal string, as characters.
            var key = OrdinalKey.Of(number, row);
            var digits = Math.Min(count, key.Digits);
            var lead = key.Padded / Pow10[19 - digits];
            for (var k = digits - 1; k >= 0; k--)
            {
                packed |= ('0' + (lead % 10)) << (bits * (count - 1 - k));
                lead /= 10;
            }
        }
        else
        {
            var id = _others![row]!;
            for (var k = 0; k < Math.Min(count, id.Length); k++)
            {
                packed |= (ulong)id[k] << (bits * (count - 1 - k));
            }
        }

        return (long)(packed ^ (1UL << 63));
    }

    /// <summary>Whether <paramref name="id"/> is a canonical decimal number within a long.</summary>
    private static bool IsCanonical(string id, out long number)
    {
        number = 0;
        if (id.Length is 0 or > 19 || (id.Length > 1 && id[0] == '0'))
        {
            return false;
        }

        foreach (var c in id)
        {
            if (!char.IsAsciiDigit(c))
            {
                return false;
            }
        }

        return long.TryParse(id, NumberStyles.None, CultureInfo.InvariantCulture, out number);
    }

    /// <summary>Builds a column row by row (in blocks: no array is copied as it grows).</summary>
    public sealed class Builder
    {
        private readonly BlockList<long> _numbers = new();
        private BlockList<string?>? _others; // by row, from the first id that is no number on

        /// <summary>Number of rows added.</summary>
        public int Count => _numbers.Count;

        /// <summary>Appends a row; null for none.</summary>
        public void Add(string? id)
        {
            if (id is null)
            {
                Append(None, null);
            }
            else if (IsCanonical(id, out var number))
            {
                Append(number, null);
            }
            else
            {
                Append(Other, id);
            }
        }

        /// <summary>Appends a row whose id is the decimal string of <paramref name="number"/>.</summary>
        public void Add(long number)
        {
            if (number >= 0)
            {
                Append(number, null);
            }
            else
            {
                Add(number.ToString(CultureInfo.InvariantCulture));
            }
        }

        /// <summary>The column of the rows added, in the order <paramref name="order"/> gives (row k is the added row
        /// order[k]); all rows in the order added when null.</summary>
        public PostIdColumn Build(int[]? order = null)
        {
            if (order is null)
            {
                return new PostIdColumn(_numbers.ToArray(), _others?.ToArray());
            }

            return new PostIdColumn(_numbers.Permuted(order), _others?.Permuted(order));
        }

        private void Append(long number, string? other)
        {
            if (other is not null && _others is null)
            {
                _others = new BlockList<string?>();
                for (var r = 0; r < _numbers.Count; r++)
                {
                    _others.Add(null);
                }
            }

            _numbers.Add(number);
            _others?.Add(other);
        }
    }

    /// <summary>A canonical number ordered as its decimal string: its digits padded with zeros to 19 places, then (for a
    /// string that is a prefix of another) the number of digits; then the row.</summary>
    private readonly record struct OrdinalKey(ulong Padded, int Digits, int Row) : IComparable<OrdinalKey>
    {
        public static OrdinalKey Of(long number, int row)
        {
            // The digits from the bit length (log10(2) ~ 1233 / 4096), corrected by one power of ten.
            var t = ((BitOperations.Log2((ulong)number) + 1) * 1233) >> 12;
            var digits = Math.Max(1, t + ((ulong)number < Pow10[t] ? 0 : 1));

            return new OrdinalKey((ulong)number * Pow10[19 - digits], digits, row);
        }

        public int CompareTo(OrdinalKey other)
        {
            var c = Padded.CompareTo(other.Padded);
            c = c != 0 ? c : Digits.CompareTo(other.Digits);
            return c != 0 ? c : Row.CompareTo(other.Row);
        }
    }
}
