using NetworkGraph.Core.Clustering;
using NetworkGraph.Core.Model;

namespace NetworkGraph.Core.Snapshots;

/// <summary>The fingerprint's posts: a line per post in id order, or the columns of posts in their store's order.</summary>
public static partial class InputFingerprint
{
    /// <summary>Each post's line ('P'), in the ordinal order of the ids: the same posts in any order give the same lines.
    /// Hashing alongside, the lines are written in blocks of <paramref name="postBlockRows"/> rows on two threads, so
    /// that what is left of the fingerprint once the analysis beside it ends runs on both cores.</summary>
    private static void WritePosts(LineHasher line, ClusterPosts posts, PoolUtf8 pool, bool hashAlongside, int postBlockRows)
    {
        var order = posts.Ids.OrdinalOrder();
        void WritePost(LineHasher w, int k)
        {
            var r = order[k];
            w.Start('P').Id(posts.Ids, r).Pooled(pool, posts.Authors[r]).Number(posts.Ticks[r]).Number((int)posts.Kinds[r])
                .Id(posts.ReferencedIds, r).Pooled(pool, posts.ReferencedAuthors[r]).Pooled(pool, posts.Languages[r])
                .Utf8Field(posts.Texts.Utf8(r)).Joined(pool, posts.Hashtags.Of(r)).Joined(pool, posts.Urls.Of(r)).Joined(pool, posts.Mentions.Of(r)).End();
        }

        if (hashAlongside && order.Length > postBlockRows)
        {
            OrderedBlocks.Write(line, order.Length, postBlockRows, writers: 2, WritePost);
        }
        else
        {
            for (var k = 0; k < order.Length; k++)
            {
                WritePost(line, k);
            }
        }
    }

    /// <summary>Posts in their store's order (<see cref="ClusterPosts.InStoreOrder"/>) as raw lines ('C'), one per column
    /// as the table holds it: the pool's strings, the index and number columns as their values' bytes, texts as their
    /// lengths then their bytes, lists as their offsets then their values, and the ids that are no numbers by row. No
    /// post is formatted or sorted: the bytes are copied to the hash as they lie.</summary>
    private static void WriteColumns(LineHasher line, ClusterPosts posts, PoolUtf8 pool)
    {
        line.Start('C').Raw(pool.Fields).End();
        WriteIds(line, posts.Ids);
        line.Start('C').Raw<int>(posts.Authors).Raw<long>(posts.Ticks).Raw<PostKind>(posts.Kinds).Raw<int>(posts.Languages).End();
        WriteIds(line, posts.ReferencedIds);
        line.Start('C').Raw<int>(posts.ReferencedAuthors).End();

        var lengths = new int[posts.Count];
        var bytes = 0L;
        for (var r = 0; r < lengths.Length; r++)
        {
            lengths[r] = posts.Texts.Utf8(r).Length;
            bytes += lengths[r];
        }

        line.Start('C').Raw<int>(lengths).Number(bytes);
        for (var r = 0; r < lengths.Length; r++)
        {
            line.Bytes(posts.Texts.Utf8(r));
        }

        line.End();
        foreach (var column in (ReadOnlySpan<RaggedColumn>)[posts.Hashtags, posts.Urls, posts.Mentions])
        {
            line.Start('C').Raw<int>(column.Starts).Raw<int>(column.Values).End();
        }
    }

    /// <summary>An id column as raw lines: each row's number or mark, then a line for each id that is no number, with its
    /// row (a line at a time, so that the hash takes them as they come: a table of hashed ids has one for every row).</summary>
    private static void WriteIds(LineHasher line, PostIdColumn ids)
    {
        var numbers = ids.NumbersOrMarks;
        line.Start('C').Raw(numbers).End();
        for (var r = 0; r < numbers.Length; r++)
        {
            if (numbers[r] == PostIdColumn.Other)
            {
                line.Start('C').Number(r).Field(ids[r]).End();
            }
        }
    }
}
