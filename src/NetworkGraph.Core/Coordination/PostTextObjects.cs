using NetworkGraph.Core.Clustering;

namespace NetworkGraph.Core.Coordination;

/// <summary>What a share table's first read learnt of each post's text: the text object (one per distinct 64-bit hash
/// of the normalised text) of each post read from column chunks, and each object's normalised length. The cluster
/// stage takes it for its own posts instead of normalising their texts a second time (see
/// <see cref="TextObjectsOf"/>).</summary>
/// <remarks>Made empty by the caller and filled by the <see cref="ShareTableBuilder"/> it is given to; usable only when
/// that builder wanted texts (co-tweet or co-similar), every post came from <see cref="ShareTableBuilder.AddBatch"/>
/// before any other post, and the posts' ids are numbers (the post ids of the table are then the store keys the walk
/// of <see cref="TextObjectsOf"/> matches).</remarks>
public sealed class PostTextObjects
{
    private int[] _objectOfPost;
    private int[] _lengths;
    private int _postCount;
    private int _objectCount;
    private PostIdList? _posts;
    private int _batchPosts;
    private bool _broken;

    /// <summary>Creates an empty record with room for <paramref name="expectedPosts"/> posts (and as many text objects):
    /// two arrays made at once, at the start, rather than many blocks or doublings among the share table's own.</summary>
    public PostTextObjects(int expectedPosts = 0)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(expectedPosts);
        _objectOfPost = GC.AllocateUninitializedArray<int>(expectedPosts);
        _lengths = GC.AllocateUninitializedArray<int>(expectedPosts);
    }

    /// <summary>Whether the builder filled it with every batch post's text (see the remarks).</summary>
    public bool IsComplete => _posts is not null && !_broken;

    /// <summary>The text objects of chosen rows, by the post id of each row (a number), or null when this holds no
    /// usable record or a row's post was not read into the table (then the texts are to be normalised as before).</summary>
    /// <param name="ids">The rows' post ids, in the order the table read its posts (a subsequence of that read: the
    /// store's posts by time, then key).</param>
    public RowTextObjects? TextObjectsOf(PostIdColumn ids)
    {
        ArgumentNullException.ThrowIfNull(ids);
        if (!IsComplete)
        {
            return null;
        }

        // Rows and table posts come in one order: each row's post is found by walking the posts once.
        var posts = _posts!;
        var objectOfRow = new int[ids.Count];
        var post = 0;
        for (var row = 0; row < objectOfRow.Length; row++)
        {
            if (!ids.TryNumber(row, out var id))
            {
                return null;
            }

            while (post < _batchPosts && !(posts.TryGetNumber(post, out var key) && key == id))
            {
                post++;
            }

            if (post == _batchPosts)
            {
                return null;
            }

            objectOfRow[row] = post < _postCount ? _objectOfPost[post] : -1;
            post++;
        }

        return RowTextObjects.Compacted(objectOfRow, _lengths.AsSpan(0, _objectCount));
    }

    /// <summary>Called by the builder before a batch's posts are numbered, with the table's post count so far.</summary>
    internal void BatchStarting(int posts)
    {
        // A post added otherwise (a share, a Post object) before this batch would sit among the batch posts.
        _broken |= posts != _batchPosts;
    }

    /// <summary>Called by the builder after a batch, with the table's post count.</summary>
    internal void BatchAdded(int posts) => _batchPosts = posts;

    /// <summary>Records that post <paramref name="post"/> shares text object <paramref name="objectId"/> (new when
    /// <paramref name="added"/>, of normalised length <paramref name="length"/>); posts come in increasing order.</summary>
    internal void Text(int post, int objectId, bool added, int length)
    {
        if (added)
        {
            _broken |= objectId != _objectCount;
            Append(ref _lengths, _objectCount++, length);
        }

        if (post < _postCount)
        {
            // A second text of a post: only a generic share's post (added after the batches) may have one.
            _broken |= post < _batchPosts;
            return;
        }

        while (_postCount < post)
        {
            Append(ref _objectOfPost, _postCount++, -1);
        }

        Append(ref _objectOfPost, _postCount++, objectId);
    }

    private static void Append(ref int[] items, int at, int item)
    {
        if (at == items.Length)
        {
            Array.Resize(ref items, Math.Max(1024, items.Length * 2));
        }

        items[at] = item;
    }

    /// <summary>Called by the builder when it is built: the table's post ids (held for the walk).</summary>
    internal void Built(PostIdList posts) => _posts = posts;
}
