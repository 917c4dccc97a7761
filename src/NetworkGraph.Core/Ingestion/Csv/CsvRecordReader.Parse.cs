namespace NetworkGraph.Core.Ingestion.Csv;

internal sealed partial class CsvRecordReader
{
    /// <summary>Parses one record from the buffered bytes; false when more input is needed first.</summary>
    private bool TryParseRecord()
    {
        var span = _window.Available;
        if (TryParse(span, _window.Eof, out var consumed))
        {
            Commit(span, consumed);
            return true;
        }

        if (span.Length < MaxRecordBytes)
        {
            return false;
        }

        // A quote opened long ago is still not closed: cut the record at its first line break.
        var newline = span.IndexOf((byte)'\n');
        _fields[0] = new Field(0, 0, InScratch: false);
        FieldCount = 1;
        Problem = $"record longer than {MaxRecordBytes} bytes (an unbalanced quote?); cut at its first line break";
        Commit(span, newline >= 0 ? newline + 1 : span.Length);
        return true;
    }

    private void Commit(ReadOnlySpan<byte> span, int consumed)
    {
        var record = span[..consumed];
        RecordLine = NextLine;
        NextLine += record.Count((byte)'\n');
        _recordLength = consumed;
        if (_recordLength > 0 && span[_recordLength - 1] == '\n')
        {
            _recordLength--;
        }

        if (_recordLength > 0 && span[_recordLength - 1] == '\r')
        {
            _recordLength--;
        }

        _consumed = consumed;
    }

    /// <summary>Splits a record off the front of <paramref name="span"/>. Field positions are absolute buffer
    /// indexes; escaped quoted fields are copied, unescaped, into the scratch buffer.</summary>
    private bool TryParse(ReadOnlySpan<byte> span, bool final, out int consumed)
    {
        var delimiter = Delimiter;
        var pos = 0;
        FieldCount = 0;
        _scratchLength = 0;
        Problem = null;
        consumed = 0;
        while (true)
        {
            if (pos < span.Length && span[pos] == '"')
            {
                var contentStart = pos + 1;
                var p = contentStart;
                var escaped = false;
                while (true)
                {
                    var quote = span[p..].IndexOf((byte)'"');
                    if (quote < 0)
                    {
                        if (!final)
                        {
                            return false;
                        }

                        Problem = "unterminated quoted field (the input ends inside quotes)";
                        AddField(contentStart, span.Length - contentStart, escaped, span);
                        consumed = span.Length;
                        return true;
                    }

                    p += quote;
                    if (p + 1 < span.Length && span[p + 1] == '"')
                    {
                        escaped = true;
                        p += 2;
                        continue;
                    }

                    if (p + 1 >= span.Length && !final)
                    {
                        return false; // cannot yet tell a closing quote from a doubled one
                    }

                    break;
                }

                AddField(contentStart, p - contentStart, escaped, span);
                pos = p + 1;
                if (pos >= span.Length)
                {
                    consumed = pos;
                    return true;
                }

                var next = span[pos];
                if (next == delimiter)
                {
                    pos++;
                    continue;
                }

                if (next == '\n' || next == '\r')
                {
                    return EndOfLine(span, pos, final, out consumed);
                }

                Problem ??= $"unexpected character after a closing quote in field {FieldCount}";
                var skip = span[pos..].IndexOfAny(delimiter, (byte)'\n');
                if (skip < 0)
                {
                    if (!final)
                    {
                        return false;
                    }

                    consumed = span.Length;
                    return true;
                }

                pos += skip;
                if (span[pos] == delimiter)
                {
                    pos++;
                    continue;
                }

                consumed = pos + 1;
                return true;
            }

            var end = span[pos..].IndexOfAny(delimiter, (byte)'\n');
            if (end < 0)
            {
                if (!final)
                {
                    return false;
                }

                var length = span.Length - pos;
                if (length > 0 && span[^1] == '\r')
                {
                    length--;
                }

                AddField(pos, length, escaped: false, span);
                consumed = span.Length;
                return true;
            }

            if (span[pos + end] == delimiter)
            {
                AddField(pos, end, escaped: false, span);
                pos += end + 1;
                continue;
            }

            var fieldLength = end > 0 && span[pos + end - 1] == '\r' ? end - 1 : end;
            AddField(pos, fieldLength, escaped: false, span);
            consumed = pos + end + 1;
            return true;
        }
    }

    private bool EndOfLine(ReadOnlySpan<byte> span, int pos, bool final, out int consumed)
    {
        consumed = 0;
        if (span[pos] == '\r')
        {
            if (pos + 1 >= span.Length && !final)
            {
                return false;
            }

            consumed = pos + 1 < span.Length && span[pos + 1] == '\n' ? pos + 2 : pos + 1;
            return true;
        }

        consumed = pos + 1;
        return true;
    }

    private void AddField(int start, int length, bool escaped, ReadOnlySpan<byte> span)
    {
        if (FieldCount == _fields.Length)
        {
            Array.Resize(ref _fields, _fields.Length * 2);
        }

        if (!escaped)
        {
            _fields[FieldCount++] = new Field(start, length, InScratch: false);
            return;
        }

        if (_scratchLength + length > _scratch.Length)
        {
            Array.Resize(ref _scratch, Math.Max(_scratch.Length * 2, _scratchLength + length));
        }

        var source = span.Slice(start, length);
        var written = 0;
        var destination = _scratch.AsSpan(_scratchLength);
        for (var i = 0; i < source.Length; i++)
        {
            destination[written++] = source[i];
            if (source[i] == '"' && i + 1 < source.Length && source[i + 1] == '"')
            {
                i++;
            }
        }

        _fields[FieldCount++] = new Field(_scratchLength, written, InScratch: true);
        _scratchLength += written;
    }
}
