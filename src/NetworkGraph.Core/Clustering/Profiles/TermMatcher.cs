using System.Globalization;
using System.Text;
using NetworkGraph.Core.Text;

namespace NetworkGraph.Core.Clustering.Profiles;

/// <summary>Matches a term set against free text as whole words, ignoring accents (and case unless told otherwise).</summary>
internal sealed class TermMatcher
{
    private readonly (string Term, string Folded, bool KeepCase)[] _terms;

    public TermMatcher(TermSet set)
    {
        Set = set;
        _terms = set.Terms.Select(t => (t, Fold(t, lowerCase: true), false))
            .Concat(set.CaseSensitiveTerms.Select(t => (t, Fold(t, lowerCase: false), true)))
            .Where(t => t.Item2.Length > 0)
            .ToArray();
    }

    public TermSet Set { get; }

    /// <summary>The terms (as written in the profile) found in the text, in profile order.</summary>
    public IReadOnlyList<string> Match(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return [];
        }

        var lower = Fold(text, lowerCase: true);
        var cased = Fold(text, lowerCase: false);
        var found = new List<string>();
        foreach (var (term, folded, keepCase) in _terms)
        {
            if (ContainsWord(keepCase ? cased : lower, folded))
            {
                found.Add(term);
            }
        }

        return found;
    }

    /// <summary>Lower-cases (optionally), strips accents and folds letters that do not decompose (ə, ı, ø...).</summary>
    public static string Fold(string text, bool lowerCase)
    {
        if (IsAscii(text))
        {
            return lowerCase ? text.ToLowerInvariant() : text;
        }

        // Decompose before lower-casing: invariant casing leaves some precomposed capitals (İ) alone.
        var source = UnicodeForms.Normalize(text, NormalizationForm.FormD);
        var sb = new StringBuilder(source.Length);
        foreach (var ch in source)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(ch) is UnicodeCategory.NonSpacingMark or UnicodeCategory.EnclosingMark)
            {
                continue;
            }

            switch (ch)
            {
                case 'ə': sb.Append('e'); break;
                case 'Ə': sb.Append('E'); break;
                case 'ı': sb.Append('i'); break;
                case 'ø': sb.Append('o'); break;
                case 'Ø': sb.Append('O'); break;
                case 'ł': sb.Append('l'); break;
                case 'Ł': sb.Append('L'); break;
                case 'đ': sb.Append('d'); break;
                case 'Đ': sb.Append('D'); break;
                case 'ħ': sb.Append('h'); break;
                case 'ß': sb.Append("ss"); break;
                case 'æ': sb.Append("ae"); break;
                case 'Æ': sb.Append("AE"); break;
                case 'œ': sb.Append("oe"); break;
                case 'Œ': sb.Append("OE"); break;
                default: sb.Append(ch); break;
            }
        }

        var folded = UnicodeForms.Normalize(sb.ToString(), NormalizationForm.FormC);
        return lowerCase ? folded.ToLowerInvariant() : folded;
    }

    private static bool IsAscii(string text)
    {
        foreach (var ch in text)
        {
            if (ch > 0x7F)
            {
                return false;
            }
        }

        return true;
    }

    private static bool ContainsWord(string text, string term)
    {
        var start = 0;
        while (start <= text.Length - term.Length)
        {
            var at = text.IndexOf(term, start, StringComparison.Ordinal);
            if (at < 0)
            {
                return false;
            }

            var end = at + term.Length;
            var leftOk = at == 0 || !IsWordChar(text[at - 1]) || !IsWordChar(term[0]);
            var rightOk = end == text.Length || !IsWordChar(text[end]) || !IsWordChar(term[^1]);
            if (leftOk && rightOk)
            {
                return true;
            }

            start = at + 1;
        }

        return false;
    }

    private static bool IsWordChar(char c) => char.IsLetterOrDigit(c);
}
