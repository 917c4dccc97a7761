using System.Text;
using NetworkGraph.Scenarios;
using NetworkGraph.Scenarios.Content;
using NetworkGraph.Scenarios.Sampling;

namespace NetworkGraph.Scenarios.Tests.Content;

public sealed class CampaignTextsTests
{
    private static readonly CampaignContext Corsica = new(
        ScenarioDefaults.Campaigns()[1], [100, 101], [Encoding.UTF8.GetBytes("GouvernementFR"), Encoding.UTF8.GetBytes("AssembleeNatFR")]);

    [Theory]
    [InlineData("Fr")]
    [InlineData("Az")]
    [InlineData("En")]
    public void Copies_are_the_seed_text_or_a_near_duplicate_of_it(string language)
    {
        var lang = Enum.Parse<Lang>(language);
        for (var template = 0; template < CampaignTexts.TemplateCount(lang); template++)
        {
            var seed = Compose(lang, template, 0);
            Assert.Contains("#Corsica", seed, StringComparison.Ordinal);
            var copies = Enumerable.Range(1, 80).Select(i => Compose(lang, template, (ulong)i * 7919)).ToList();
            Assert.Contains(copies, c => c == seed);
            Assert.Contains(copies, c => c != seed);
            // Nearly all pass D3lta's copy-pasta threshold on normalised texts; stacked variations may drift a little further.
            var similarities = copies.Select(c => Similarity(seed, c)).ToList();
            Assert.True(similarities.Count(s => s > 0.693) >= 0.95 * copies.Count, $"template {template}: too many copies below 0.693");
            Assert.All(similarities, s => Assert.True(s > 0.5, $"template {template}: a copy is only {s:F2} similar"));
        }
    }

    [Fact]
    public void Some_copies_change_the_target_or_truncate_the_text()
    {
        var copies = Enumerable.Range(1, 400).Select(i => Compose(Lang.Fr, 0, (ulong)i)).ToList();
        Assert.Contains(copies, c => c.Contains("@AssembleeNatFR", StringComparison.Ordinal));
        Assert.Contains(copies, c => c.Contains('…', StringComparison.Ordinal));
    }

    private static string Compose(Lang lang, int template, ulong seed)
    {
        var tb = new TextBuilder();
        CampaignTexts.Compose(tb, Corsica, lang, template, seed, new Rng(seed));
        return Encoding.UTF8.GetString(tb.Text);
    }

    /// <summary>1 - Levenshtein distance / longer length, after lower-casing and dropping mentions, links and emoji.</summary>
    private static double Similarity(string a, string b)
    {
        var x = Normalise(a);
        var y = Normalise(b);
        var previous = new int[y.Length + 1];
        var current = new int[y.Length + 1];
        for (var j = 0; j <= y.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= x.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= y.Length; j++)
            {
                current[j] = Math.Min(Math.Min(current[j - 1], previous[j]) + 1, previous[j - 1] + (x[i - 1] == y[j - 1] ? 0 : 1));
            }

            (previous, current) = (current, previous);
        }

        return 1 - (previous[y.Length] / (double)Math.Max(x.Length, y.Length));
    }

    private static string Normalise(string text) => string.Join(' ', text.ToLowerInvariant()
        .Split(' ', StringSplitOptions.RemoveEmptyEntries)
        .Where(w => !w.StartsWith('@') && !w.StartsWith("https://", StringComparison.Ordinal))
        .Select(w => new string(w.Where(c => char.IsLetterOrDigit(c) || char.IsPunctuation(c)).ToArray()))
        .Where(w => w.Length > 0));
}
