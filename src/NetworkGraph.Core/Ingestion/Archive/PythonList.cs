using System.Buffers.Text;
using System.Text;

namespace NetworkGraph.Core.Ingestion.Archive;

/// <summary>Parses the Python-repr lists of the archive columns (<c>['a', "it's"]</c>, <c>[123, 456]</c>,
/// <c>[]</c>); an empty cell, <c>nan</c> or <c>None</c> is an empty list. Items stay valid until the next parse.</summary>
internal sealed class PythonList
{
    private readonly List<(int Start, int Length)> _items = [];
    private byte[] _scratch = new byte[1024];
    private int _length;

    public int Count => _items.Count;

    public ReadOnlySpan<byte> this[int index] => _scratch.AsSpan(_items[index].Start, _items[index].Length);

    /// <summary>Parses <paramref name="s"/>; on failure <paramref name="error"/> says why.</summary>
    public bool TryParse(ReadOnlySpan<byte> s, out string? error)
    {
        _items.Clear();
        _length = 0;
        error = null;
        s = s.Trim(" \t"u8);
        if (s.IsEmpty || s.SequenceEqual("nan"u8) || s.SequenceEqual("None"u8) || s.SequenceEqual("[]"u8))
        {
            return true;
        }

        if (s[0] != '[' || s[^1] != ']')
        {
            error = "not a list: expected [...]";
            return false;
        }

        if (_scratch.Length < s.Length * 2)
        {
            _scratch = new byte[s.Length * 2];
        }

        var pos = 1;
        var end = s.Length - 1;
        while (true)
        {
            pos = SkipSpaces(s, pos, end);
            if (pos >= end)
            {
                return true;
            }

            if (s[pos] is (byte)'\'' or (byte)'"')
            {
                if (!TryQuoted(s, ref pos, end, out error))
                {
                    return false;
                }
            }
            else
            {
                var stop = s[pos..end].IndexOf((byte)',');
                var item = (stop < 0 ? s[pos..end] : s.Slice(pos, stop)).TrimEnd(" \t"u8);
                Add(item);
                pos = stop < 0 ? end : pos + stop;
            }

            pos = SkipSpaces(s, pos, end);
            if (pos >= end)
            {
                return true;
            }

            if (s[pos] != ',')
            {
                error = $"expected ',' between list items at position {pos}";
                return false;
            }

            pos++;
        }
    }

    private static int SkipSpaces(ReadOnlySpan<byte> s, int pos, int end)
    {
        while (pos < end && s[pos] is (byte)' ' or (byte)'\t' or (byte)'\n' or (byte)'\r')
        {
            pos++;
        }

        return pos;
    }

    private bool TryQuoted(ReadOnlySpan<byte> s, ref int pos, int end, out string? error)
    {
        error = null;
        var quote = s[pos++];
        var start = _length;
        while (pos < end && s[pos] != quote)
        {
            if (s[pos] != '\\' || pos + 1 >= end)
            {
                _scratch[_length++] = s[pos++];
                continue;
            }

            var code = s[pos + 1];
            pos += 2;
            switch (code)
            {
                case (byte)'n': _scratch[_length++] = (byte)'\n'; break;
                case (byte)'r': _scratch[_length++] = (byte)'\r'; break;
                case (byte)'t': _scratch[_length++] = (byte)'\t'; break;
                case (byte)'x' when TryHex(s, ref pos, 2, end): break;
                case (byte)'u' when TryHex(s, ref pos, 4, end): break;
                case (byte)'U' when TryHex(s, ref pos, 8, end): break;
                case (byte)'\\' or (byte)'\'' or (byte)'"': _scratch[_length++] = code; break;
                default:
                    _scratch[_length++] = (byte)'\\';
                    _scratch[_length++] = code;
                    break;
            }
        }

        if (pos >= end)
        {
            error = "unterminated quoted list item";
            return false;
        }

        pos++; // the closing quote
        _items.Add((start, _length - start));
        return true;
    }

    private bool TryHex(ReadOnlySpan<byte> s, ref int pos, int digits, int end)
    {
        if (pos + digits > end || !Utf8Parser.TryParse(s.Slice(pos, digits), out uint value, out var used, 'x')
            || used != digits || !Rune.IsValid(value))
        {
            return false;
        }

        pos += digits;
        _length += new Rune(value).EncodeToUtf8(_scratch.AsSpan(_length));
        return true;
    }

    private void Add(ReadOnlySpan<byte> item)
    {
        item.CopyTo(_scratch.AsSpan(_length));
        _items.Add((_length, item.Length));
        _length += item.Length;
    }
}
