using System.Globalization;
using System.Text;

namespace NetworkGraph.Core.Text;

/// <summary>Folds a letter of the Basic Multilingual Plane to its lower-case base letter (é, É, ė -> e; İ, ı -> i).</summary>
/// <remarks>
/// A letter whose canonical decomposition is a letter followed by combining marks folds to that letter; letters that
/// do not decompose but read as an accented Latin letter (ə, ı, ø, ł, đ, ħ) fold by a short list; the result is
/// lower-cased (invariant culture). Folding maps one character to one character, so it never lengthens a text.
/// The table is built once, on first use.
/// </remarks>
internal static class LetterFolding
{
    private static readonly char[] Table = Build();

    /// <summary>The folded form of <paramref name="c"/> (itself, lower-cased, when it is no accented letter).</summary>
    public static char Fold(char c) => Table[c];

    private static char[] Build()
    {
        var table = new char[char.MaxValue + 1];
        for (var i = 0; i < table.Length; i++)
        {
            var c = (char)i;
            table[i] = char.IsLetter(c) ? char.ToLowerInvariant(BaseLetter(c)) : char.ToLowerInvariant(c);
        }

        return table;
    }

    private static char BaseLetter(char c)
    {
        switch (c)
        {
            case 'ə' or 'Ə': return 'e';
            case 'ı': return 'i';
            case 'ø' or 'Ø': return 'o';
            case 'ł' or 'Ł': return 'l';
            case 'đ' or 'Đ': return 'd';
            case 'ħ' or 'Ħ': return 'h';
        }

        if (c < 0xC0)
        {
            return c;
        }

        // Decompose before lower-casing: invariant casing leaves some precomposed capitals (İ) alone.
        var decomposed = c.ToString().Normalize(NormalizationForm.FormD);
        if (decomposed.Length < 2 || !char.IsLetter(decomposed[0]))
        {
            return c;
        }

        foreach (var mark in decomposed.AsSpan(1))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(mark) is not (UnicodeCategory.NonSpacingMark or UnicodeCategory.EnclosingMark))
            {
                return c;
            }
        }

        return decomposed[0];
    }
}
