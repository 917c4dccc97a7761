using System.Text;

namespace NetworkGraph.Scenarios.Content;

/// <summary>
/// A list of phrases parsed once from a '|'-separated literal into UTF-8 bytes. A '~' inside a phrase
/// stands for a random number under 100 and a '^' for a digit under 6 (a score), which multiplies the variety of texts.
/// </summary>
internal sealed class Phrases
{
    public Phrases(string pipeSeparated)
    {
        var parts = pipeSeparated.Split('|', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length == 0)
        {
            throw new ArgumentException("A phrase list needs at least one phrase.", nameof(pipeSeparated));
        }

        Text = parts;
        Items = parts.Select(p => Encoding.UTF8.GetBytes(p)).ToArray();
        HasNumber = parts.Select(p => p.Contains('~', StringComparison.Ordinal) || p.Contains('^', StringComparison.Ordinal)).ToArray();
        Capitalised = parts.Select(p => Encoding.UTF8.GetBytes(p.Length == 0 ? p : char.ToUpperInvariant(p[0]) + p[1..])).ToArray();
    }

    /// <summary>The phrases with an upper-case first letter, for the start of a sentence (numbers not expanded).</summary>
    public byte[][] Capitalised { get; }

    public string[] Text { get; }

    public byte[][] Items { get; }

    public bool[] HasNumber { get; }

    public int Count => Items.Length;
}
