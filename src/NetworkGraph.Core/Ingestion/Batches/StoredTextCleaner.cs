namespace NetworkGraph.Core.Ingestion.Batches;

/// <summary>Removes NUL and replaces the BMP noncharacters (U+FFFE, U+FFFF, U+FDD0..U+FDEF) by U+FFFD in valid
/// UTF-8, in place, as text enters an ingest batch. The byte-level, allocation-free ingest counterpart of
/// Export.TextSanitizer, which cleans strings for XML when they leave.</summary>
internal static class StoredTextCleaner
{
    /// <summary>Normalises <paramref name="utf8"/> in place and returns its new length (never longer).</summary>
    public static int InPlace(Span<byte> utf8)
    {
        var length = 0;
        for (var i = 0; i < utf8.Length; i++)
        {
            var b = utf8[i];
            if (b == 0)
            {
                continue;
            }

            if (b == 0xEF && i + 2 < utf8.Length && IsNoncharacter(utf8[i + 1], utf8[i + 2]))
            {
                utf8[length++] = 0xEF;
                utf8[length++] = 0xBF;
                utf8[length++] = 0xBD;
                i += 2;
                continue;
            }

            utf8[length++] = b;
        }

        return length;
    }

    // U+FFFE/U+FFFF are EF BF BE/BF; U+FDD0..U+FDEF are EF B7 90..AF.
    private static bool IsNoncharacter(byte second, byte third) =>
        (second == 0xBF && third is 0xBE or 0xBF) || (second == 0xB7 && third is >= 0x90 and <= 0xAF);
}
