using System.Text;

namespace NetworkGraph.Core.Text;

/// <summary>Unicode normalisation that never throws on untrusted text (lone surrogates, U+FFFE, U+FFFF).</summary>
internal static class UnicodeForms
{
    public const char Replacement = '\uFFFD';

    /// <summary>
    /// Returns <paramref name="text"/> in <paramref name="form"/>; lone surrogates and noncharacters, which
    /// <see cref="string.Normalize(NormalizationForm)"/> rejects, become U+FFFD first.
    /// </summary>
    public static string Normalize(string text, NormalizationForm form)
    {
        try
        {
            return text.Normalize(form);
        }
        catch (ArgumentException)
        {
            var clean = ReplaceInvalid(text);
            try
            {
                return clean.Normalize(form);
            }
            catch (ArgumentException)
            {
                return clean; // nothing left that ICU should reject; keep the text rather than stop the run
            }
        }
    }

    /// <summary>Replaces lone surrogates and noncharacters (U+FDD0..U+FDEF, U+xFFFE, U+xFFFF) by U+FFFD.</summary>
    public static string ReplaceInvalid(string text)
    {
        var sb = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                var value = char.ConvertToUtf32(c, text[i + 1]);
                if (IsNoncharacter(value))
                {
                    sb.Append(Replacement);
                }
                else
                {
                    sb.Append(c).Append(text[i + 1]);
                }

                i++;
            }
            else
            {
                sb.Append(char.IsSurrogate(c) || IsNoncharacter(c) ? Replacement : c);
            }
        }

        return sb.ToString();
    }

    private static bool IsNoncharacter(int value) => value is >= 0xFDD0 and <= 0xFDEF || (value & 0xFFFE) == 0xFFFE;
}
