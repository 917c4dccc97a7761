using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using NetworkGraph.Core.Clustering;

namespace NetworkGraph.Core.Snapshots;

/// <summary>A SHA-256 fingerprint of a cluster input that does not depend on the order of its lists.</summary>
public static class InputFingerprint
{
    /// <summary>Lower-case hex SHA-256 over accounts, posts, partition, edges (each sorted canonically) and the edge window.</summary>
    public static string Compute(ClusterInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var c = CultureInfo.InvariantCulture;
        void Line(char tag, params string?[] fields)
        {
            // Length-prefixed fields: no separator inside a field can make two inputs collide.
            var sb = new StringBuilder().Append(tag);
            foreach (var f in fields)
            {
                sb.Append('|').Append(f is null ? "-1" : f.Length.ToString(c)).Append(':').Append(f);
            }

            hash.AppendData(Encoding.UTF8.GetBytes(sb.Append('\n').ToString()));
        }

        foreach (var a in input.Accounts.OrderBy(a => a.Id, StringComparer.Ordinal).ThenBy(a => a.ObservedAt))
        {
            Line('A', a.Id, a.Handle, a.DisplayName, a.Location, a.Bio, a.Language, a.CreatedAt?.UtcTicks.ToString(c), a.ObservedAt?.UtcTicks.ToString(c));
        }

        foreach (var p in input.Posts.OrderBy(p => p.Id, StringComparer.Ordinal))
        {
            Line('P', p.Id, p.AuthorId, p.Time.UtcTicks.ToString(c), ((int)p.Kind).ToString(c), p.ReferencedPostId, p.ReferencedAuthorId, p.Language, p.Text,
                string.Join('\u001f', p.Hashtags), string.Join('\u001f', p.Urls), string.Join('\u001f', p.Mentions));
        }

        foreach (var (account, community) in input.Partition.OrderBy(kv => kv.Key, StringComparer.Ordinal))
        {
            Line('M', account, community.ToString(c));
        }

        var edges = input.Edges
            .Select(e => string.CompareOrdinal(e.A, e.B) <= 0 ? e : e with { A = e.B, B = e.A })
            .OrderBy(e => e.A, StringComparer.Ordinal).ThenBy(e => e.B, StringComparer.Ordinal).ThenBy(e => e.Kind, StringComparer.Ordinal)
            .ThenBy(e => e.Weight).ThenBy(e => e.MeanDtSeconds);
        foreach (var e in edges)
        {
            Line('E', e.A, e.B, e.Kind, e.Weight.ToString("R", c), e.MeanDtSeconds.ToString("R", c));
        }

        Line('W', input.EdgeWindowSeconds?.ToString("R", c));
        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }
}
