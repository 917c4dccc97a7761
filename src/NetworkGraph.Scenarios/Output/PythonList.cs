using NetworkGraph.Scenarios.Content;

namespace NetworkGraph.Scenarios.Output;

/// <summary>Formats lists the way the archive does: Python's repr of a list of strings, e.g. ['a', 'b'].</summary>
internal static class PythonList
{
    /// <summary>Writes the repr into <paramref name="dest"/> and returns its length.</summary>
    public static int Write(Span<byte> dest, EntityList items)
    {
        var n = 0;
        dest[n++] = (byte)'[';
        for (var i = 0; i < items.Count; i++)
        {
            if (i > 0)
            {
                dest[n++] = (byte)',';
                dest[n++] = (byte)' ';
            }

            n += Item(dest[n..], items[i]);
        }

        dest[n++] = (byte)']';
        return n;
    }

    /// <summary>Writes the repr of a list of account ids (the archive's user_mentions).</summary>
    public static int Write(Span<byte> dest, ReadOnlySpan<byte[]> ids)
    {
        var n = 0;
        dest[n++] = (byte)'[';
        for (var i = 0; i < ids.Length; i++)
        {
            if (i > 0)
            {
                dest[n++] = (byte)',';
                dest[n++] = (byte)' ';
            }

            n += Item(dest[n..], ids[i]);
        }

        dest[n++] = (byte)']';
        return n;
    }

    /// <summary>The upper bound of the repr's length for items totalling <paramref name="itemBytes"/> bytes.</summary>
    public static int MaxLength(int count, int itemBytes) => 2 + (count * 4) + (itemBytes * 2);

    private static int Item(Span<byte> dest, ReadOnlySpan<byte> item)
    {
        // Python quotes with ' unless the string holds a ' and no ", and escapes backslashes and the chosen quote.
        var quote = item.IndexOf((byte)'\'') >= 0 && item.IndexOf((byte)'"') < 0 ? (byte)'"' : (byte)'\'';
        var n = 0;
        dest[n++] = quote;
        foreach (var b in item)
        {
            if (b == quote || b == (byte)'\\')
            {
                dest[n++] = (byte)'\\';
            }

            dest[n++] = b;
        }

        dest[n++] = quote;
        return n;
    }
}
