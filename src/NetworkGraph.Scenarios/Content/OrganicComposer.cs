using NetworkGraph.Scenarios.Sampling;

namespace NetworkGraph.Scenarios.Content;

/// <summary>
/// Composes everyday posts from a language's word lists: one to three sentences of varied forms (statements,
/// reactions, questions, quotes), sometimes on several lines, with hashtags, mentions, links and emoji.
/// The slot combinations (tens of millions per language, plus numbers) keep unrelated posts far apart.
/// </summary>
internal static class OrganicComposer
{
    public static void Compose(TextBuilder tb, Lexicon lx, Rng rng, IMentionSource mentions)
    {
        if (rng.Chance(0.08))
        {
            mentions.MentionRandom(tb, rng);
            tb.Space();
        }

        var sentences = rng.NextDouble() switch { < 0.5 => 1, < 0.85 => 2, _ => 3 };
        for (var s = 0; s < sentences; s++)
        {
            if (s > 0)
            {
                var sep = rng.NextDouble();
                if (sep < 0.75)
                {
                    tb.Space();
                }
                else
                {
                    tb.Append(sep < 0.92 ? "\n"u8 : "\n\n"u8);
                }
            }

            Sentence(tb, lx, rng);
        }

        Extras(tb, lx, rng, mentions);
    }

    /// <summary>One sentence of a random form, with its closing punctuation.</summary>
    public static void Sentence(TextBuilder tb, Lexicon lx, Rng rng)
    {
        var form = rng.Next(100);
        if (form < 38)
        {
            Clause(tb, lx, rng, capitalise: rng.Chance(0.7));
            if (rng.Chance(0.4))
            {
                tb.Space();
                tb.AppendAny(lx.Tails, rng);
            }
        }
        else if (form < 52)
        {
            tb.AppendAny(lx.Openers, rng);
            tb.Space();
            Clause(tb, lx, rng);
        }
        else if (form < 64)
        {
            tb.AppendAny(lx.Reactions, rng);
            return;
        }
        else if (form < 74)
        {
            Question(tb, lx, rng);
            return;
        }
        else if (form < 82)
        {
            tb.Append((byte)'"');
            Clause(tb, lx, rng, capitalise: rng.Chance(0.7));
            tb.Append("\", "u8);
            tb.AppendAny(lx.Attributions, rng);
        }
        else if (form < 90)
        {
            tb.AppendAny(lx.Topics, rng);
            tb.Append(", "u8);
            tb.AppendAny(lx.Tails, rng);
        }
        else
        {
            Clause(tb, lx, rng, capitalise: rng.Chance(0.7));
            tb.Append(", "u8);
            tb.AppendAny(lx.Tails, rng);
        }

        Punctuate(tb, rng);
    }

    /// <summary>Subject, verb and object in the language's order (optionally with a capital first letter).</summary>
    public static void Clause(TextBuilder tb, Lexicon lx, Rng rng, bool capitalise = false)
    {
        var subject = rng.Next(lx.Subjects.Count);
        if (capitalise)
        {
            tb.Append(lx.Subjects.Capitalised[subject]);
        }
        else
        {
            tb.Append(lx.Subjects, subject, rng);
        }

        tb.Space();
        if (lx.SubjectObjectVerb)
        {
            tb.AppendAny(lx.Objects, rng);
            tb.Space();
            tb.AppendAny(lx.Verbs, rng);
        }
        else
        {
            tb.AppendAny(lx.Verbs, rng);
            tb.Space();
            tb.AppendAny(lx.Objects, rng);
        }
    }

    private static void Question(TextBuilder tb, Lexicon lx, Rng rng)
    {
        if (lx.QuestionAfterTopic)
        {
            tb.AppendAny(lx.Topics, rng);
            tb.Space();
            tb.AppendAny(lx.Questions, rng);
        }
        else
        {
            tb.AppendAny(lx.Questions, rng);
            tb.Space();
            tb.AppendAny(lx.Topics, rng);
        }

        tb.Append(lx.QuestionMarkBytes);
    }

    private static void Punctuate(TextBuilder tb, Rng rng)
    {
        if (tb.LastByte is (byte)'?' or (byte)'!' or (byte)'.' or (byte)':')
        {
            return;
        }

        var p = rng.NextDouble();
        if (p < 0.4)
        {
            tb.Append((byte)'.');
        }
        else if (p < 0.55)
        {
            tb.Append((byte)'!');
        }
        else if (p < 0.6)
        {
            tb.Append("..."u8);
        }
    }

    private static void Extras(TextBuilder tb, Lexicon lx, Rng rng, IMentionSource mentions)
    {
        if (rng.Chance(0.06))
        {
            mentions.MentionRandom(tb, rng);
        }

        if (rng.Chance(0.15))
        {
            Span<byte> url = stackalloc byte[160];
            tb.Link(url[..UrlWriter.Everyday(url, lx, rng)], rng.NextULong());
        }

        var tags = rng.NextDouble() switch { < 0.55 => 0, < 0.8 => 1, < 0.93 => 2, _ => 3 };
        Span<int> picked = stackalloc int[3];
        for (var i = 0; i < tags; i++)
        {
            var tag = rng.Next(lx.Hashtags.Count);
            if (picked[..i].Contains(tag))
            {
                // Posts rarely repeat a hashtag: take the next one in the list instead.
                tag = (tag + 1 + i) % lx.Hashtags.Count;
            }

            picked[i] = tag;
            tb.Hashtag(lx.Hashtags.Items[tag]);
        }

        if (rng.Chance(0.25))
        {
            tb.Space();
            var n = 1 + rng.Next(3);
            var emoji = Lexicons.Emoji.Items[rng.Next(Lexicons.Emoji.Count)];
            for (var i = 0; i < n; i++)
            {
                tb.Append(emoji);
            }
        }
    }
}
