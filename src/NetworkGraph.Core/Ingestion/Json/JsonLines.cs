namespace NetworkGraph.Core.Ingestion.Json;

/// <summary>JSON Lines: each line (without its line break) is a unit.</summary>
internal sealed class JsonLines(InputWindow window, long line, int maxBytes) : JsonUnits(window, line, maxBytes)
{
    public override string UnitName => "line";

    public override bool TryRead(out ReadOnlyMemory<byte> unit)
    {
        TooLong = false;
        Unterminated = false;
        var searched = 0;
        while (true)
        {
            var available = Window.Available;
            var newline = available[searched..].IndexOf((byte)'\n');
            var length = newline >= 0 ? searched + newline : available.Length;
            if (length > MaxBytes)
            {
                TooLong = true;
                SkipRestOfLine();
                unit = default;
                LineNumber = NextLine++;
                return true;
            }

            if (newline >= 0)
            {
                return Take(length, length + 1, out unit);
            }

            searched = available.Length;
            if (Window.Eof)
            {
                Unterminated = true;
                return Take(length, length, out unit);
            }

            Window.ReadMore();
        }
    }

    private bool Take(int length, int consumed, out ReadOnlyMemory<byte> unit)
    {
        if (consumed == 0)
        {
            unit = default;
            return false;
        }

        unit = Window.Slice(0, length);
        if (length > 0 && unit.Span[^1] == '\r')
        {
            unit = unit[..^1];
        }

        Window.Advance(consumed);
        LineNumber = NextLine++;
        return true;
    }

    private void SkipRestOfLine()
    {
        while (true)
        {
            var newline = Window.Available.IndexOf((byte)'\n');
            if (newline >= 0)
            {
                Window.Advance(newline + 1);
                return;
            }

            Window.Advance(Window.Available.Length);
            if (!Window.ReadMore())
            {
                return;
            }
        }
    }
}
