using NetworkGraph.Core.Clustering;

namespace NetworkGraph.Core.Coordination;

/// <summary>What a share table's first read learnt of each post's text: the text object (one per distinct 64-bit hash
/// of the normalised text) of each post read from column chunks, and each object's normalised length. The cluster
/// stage takes it for its own posts instead of normalising their texts a second time (see
/// <see cref="TextObjectsOf"/>).</summary>
/// <remarks>Made empty by the caller and filled by the <see cref="ShareTableBuilder"/> it is given to; usable only when
/// that builder wanted texts (co-tweet or co-similar), every post came from <see cref="ShareTableBuilder.AddBatch"/>
/// before any other post, and every post has an id (the walk of <see cref="TextObjectsOf"/> matches the rows' ids with
/// the table's, as numbers or, once the table met an id that is no number, as strings). The posts' objects are the
/// built text column's own post and object arrays (held, not copied): only the lengths are recorded as the table is
/// built.</remarks>
public sealed class PostTextObjects
{
    private int[] _lengths;
    private int _objectCount;
    private PostIdList? _posts;
    private int[] _textPosts = [];
    private int[] _textObjects = [];
    private int _batchPosts;
    private bool _broken;

    /// <summary>Creates an empty record with room for the lengths of <paramref name="expectedTexts"/> text objects (one
    /// array made at once, at the start, rather than doublings among the share table's own arrays).</summary>
    public PostTextObjects(int expectedTexts = 0)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(expectedTexts);
        _lengths = GC.AllocateUninitializedArray<int>(expectedTexts);
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

        // Rows, table posts and text shares (by post) come in one order: each row's post is found, and then its text
        // share if it has one, by walking the posts and the shares once.
        var posts = _posts!;
        var objectOfRow = new int[ids.Count];
        var post = 0;
        var share = 0;
        for (var row = 0; row < objectOfRow.Length; row++)
        {
            // Ids as the table keeps them: numbers while every id read was one, else strings.
            var isNumber = ids.TryNumber(row, out var id);
            var text = posts.Numeric ? null : ids[row];
            if (posts.Numeric ? !isNumber : text is null)
            {
                return null;
            }

            while (post < _batchPosts && !(text is null ? posts.TryGetNumber(post, out var key) && key == id : posts[post] == text))
            {
                post++;
            }

            if (post == _batchPosts)
            {
                return null;
            }

            while (share < _textPosts.Length && _textPosts[share] < post)
            {
                share++;
            }

            objectOfRow[row] = share < _textPosts.Length && _textPosts[share] == post ? _textObjects[share] : -1;
            post++;
        }

        return new RowTextObjects(objectOfRow, _lengths, _objectCount);
    }

    /// <summary>Called by the builder before a batch's posts are numbered, with the table's post count so far.</summary>
    internal void BatchStarting(int posts)
    {
        // A post added otherwise (a share, a Post object) before this batch would sit among the batch posts.
        _broken |= posts != _batchPosts;
    }

    /// <summary>Called by the builder after a batch, with the table's post count.</summary>
    internal void BatchAdded(int posts) => _batchPosts = posts;

    /// <summary>Records the normalised length of a new text object (objects are numbered 0, 1, ... as they come).</summary>
    internal void Added(int objectId, int length)
    {
        _broken |= objectId != _objectCount;
        if (_objectCount == _lengths.Length)
        {
            Array.Resize(ref _lengths, Math.Max(1024, _lengths.Length * 2));
        }

        _lengths[_objectCount++] = length;
    }

    /// <summary>Called by the builder when it is built: the table's post ids and its text column (held for the walk).</summary>
    internal void Built(PostIdList posts, ShareColumn? texts)
    {
        _posts = posts;
        if (texts is not null)
        {
            (_textPosts, _textObjects) = (texts.Post, texts.Object);
        }

        // The batch posts' text shares come first, in post order, one per post at most.
        for (var k = 1; k < _textPosts.Length && _textPosts[k] < _batchPosts; k++)
        {
            _broken |= _textPosts[k] <= _textPosts[k - 1];
        }
    }
}
