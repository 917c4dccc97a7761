using NetworkGraph.Core.Text;

namespace NetworkGraph.Core.Coordination;

/// <summary>Bounded near-duplicate groups from the similar pairs LSH found: every member is within the similarity
/// threshold of its group's representative, so A~B~C with A and C far apart never becomes one group.</summary>
/// <remarks>
/// Star clustering: the texts with the most similar texts represent first; a representative claims every similar text
/// not claimed yet, and a text with no unclaimed similar text left is claimed by the first representative that reaches
/// it or, if none does, stays alone. A text left alone is then checked against the representatives of its similar
/// texts (which LSH did not pair with it) and joins the one it is most similar to within the threshold. Representing
/// from the centre of a family of variants rather than from its first text keeps a family of short variants (a hashtag
/// game, a headline template) in one group instead of splitting it around whichever variant came first. Sequential,
/// ties broken by text index, and driven only by the pairs, so the groups do not depend on thread count.
/// </remarks>
internal static class RepresentativeGroups
{
    /// <summary>For each text, the index of its group's representative.</summary>
    public static int[] Form(EarlierCandidates candidates, SignatureStore signatures, double threshold)
    {
        var pairs = new SimilarPairs(candidates);
        var representative = new int[candidates.Count];
        Array.Fill(representative, -1);
        foreach (var text in pairs.ByDescendingDegree())
        {
            if (representative[text] >= 0)
            {
                continue;
            }

            representative[text] = text;
            foreach (var similar in candidates.Of(text))
            {
                Claim(representative, similar, text);
            }

            foreach (var similar in pairs.Later(text))
            {
                Claim(representative, similar, text);
            }
        }

        var size = new int[representative.Length];
        for (var text = 0; text < representative.Length; text++)
        {
            if (representative[text] < 0)
            {
                representative[text] = text; // no similar text
            }

            size[representative[text]]++;
        }

        for (var text = 0; text < representative.Length; text++)
        {
            if (size[text] == 1 && representative[text] == text)
            {
                representative[text] = ClosestGroup(text, candidates, pairs, representative, size, signatures, threshold);
            }
        }

        return representative;
    }

    private static void Claim(int[] representative, int text, int by)
    {
        if (representative[text] < 0)
        {
            representative[text] = by;
        }
    }

    /// <summary>The representative, among those of the text's similar texts, that the text is most similar to within
    /// the threshold (ties: the earliest); the text itself when there is none.</summary>
    private static int ClosestGroup(
        int text, EarlierCandidates candidates, SimilarPairs pairs, int[] representative, int[] size,
        SignatureStore signatures, double threshold)
    {
        var best = text;
        var bestSimilarity = -1.0;
        foreach (var similar in candidates.Of(text))
        {
            Consider(representative[similar]);
        }

        foreach (var similar in pairs.Later(text))
        {
            Consider(representative[similar]);
        }

        return best;

        void Consider(int proposed)
        {
            if (proposed == text || size[proposed] < 2)
            {
                return;
            }

            var similarity = MinHasher.EstimateJaccard(signatures[proposed], signatures[text]);
            if (similarity >= threshold && (similarity > bestSimilarity || (similarity == bestSimilarity && proposed < best)))
            {
                best = proposed;
                bestSimilarity = similarity;
            }
        }
    }
}
