using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;
using NetworkGraph.Core.Model;

namespace NetworkGraph.Core.Coordination;

/// <summary>A chunk of posts in column form, for building a <see cref="ShareTable"/> without a <see cref="Post"/> per
/// row (see <see cref="ShareTableBuilder.AddBatch"/>). Rows are in the order the posts are added; texts live in one
/// character buffer (no string per post), numeric ids as numbers, hashtags, URLs and mentions as ids of distinct
/// values. A batch can be refilled after <see cref="Clear"/>.</summary>
public sealed class PostBatch
{
    private readonly int[] _textStarts;
    private readonly int[] _textLengths; // -1 where the text was not read
    private char[] _textChars;
    private int _textUsed;

    /// <summary>Creates empty columns for up to <paramref name="capacity"/> posts.</summary>
    public PostBatch(int capacity)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(capacity, 1);
        Keys = new long[capacity];
        Ids = new string?[capacity];
        AuthorIds = new string[capacity];
        AuthorKeys = new long[capacity];
        Array.Fill(AuthorKeys, -1);
        UnixSeconds = new long[capacity];
        Kinds = new PostKind[capacity];
        ReferencedKeys = new long[capacity];
        ReferencedIds = new string?[capacity];
        ReferencedAuthorIds = new string?[capacity];
        _textStarts = new int[capacity];
        _textLengths = new int[capacity];
        Hashtags = new PostValueLists(capacity);
        Urls = new PostValueLists(capacity);
        Mentions = new PostValueLists(capacity);
        _textChars = new char[capacity * 64];
    }

    /// <summary>How many rows are filled.</summary>
    public int Count { get; set; }

    /// <summary>How many rows fit.</summary>
    public int Capacity => Keys.Length;

    /// <summary>The post id as a number when it is a canonical decimal number (then <see cref="Ids"/> is null there).</summary>
    public long[] Keys { get; }

    /// <summary>The post id when it is not a canonical decimal number, else null.</summary>
    public string?[] Ids { get; }

    /// <summary>Author account ids.</summary>
    public string[] AuthorIds { get; }

    /// <summary>A number per author, the same for all its posts in every batch of one read (the store's account key),
    /// which spares hashing author ids; -1 where there is none.</summary>
    public long[] AuthorKeys { get; }

    /// <summary>Posting times, UNIX seconds UTC.</summary>
    public long[] UnixSeconds { get; }

    /// <summary>Post kinds.</summary>
    public PostKind[] Kinds { get; }

    /// <summary>The referenced post id as a canonical decimal number, where there is one and
    /// <see cref="ReferencedIds"/> is null (see <see cref="SetReference(int, long)"/>); -1 where there is none.</summary>
    public long[] ReferencedKeys { get; }

    /// <summary>Retweeted, quoted or replied-to post ids that are not canonical decimal numbers, else null.</summary>
    public string?[] ReferencedIds { get; }

    /// <summary>Authors of the referenced posts, or null.</summary>
    public string?[] ReferencedAuthorIds { get; }

    /// <summary>Hashtags as written; empty where none or not read.</summary>
    public PostValueLists Hashtags { get; }

    /// <summary>URLs; empty where none or not read.</summary>
    public PostValueLists Urls { get; }

    /// <summary>Mentioned account ids; empty where none or not read.</summary>
    public PostValueLists Mentions { get; }

    /// <summary>Empties the batch for refilling (the arrays are kept).</summary>
    public void Clear()
    {
        Count = 0;
        _textUsed = 0;
        Hashtags.Clear();
        Urls.Clear();
        Mentions.Clear();
    }

    /// <summary>The post id of row <paramref name="row"/>.</summary>
    public string IdOf(int row) => Ids[row] ?? Keys[row].ToString(CultureInfo.InvariantCulture);

    /// <summary>Sets row <paramref name="row"/>'s reference to a post id that is a canonical decimal number (or, for
    /// <paramref name="key"/> below zero, to the id its decimal text spells).</summary>
    public void SetReference(int row, long key)
    {
        if (key < 0)
        {
            SetReference(row, key.ToString(CultureInfo.InvariantCulture));
            return;
        }

        ReferencedKeys[row] = key;
        ReferencedIds[row] = null;
    }

    /// <summary>Sets row <paramref name="row"/>'s reference to a post id as text, or to none (null).</summary>
    public void SetReference(int row, string? id)
    {
        ReferencedKeys[row] = -1;
        ReferencedIds[row] = id;
    }

    /// <summary>The referenced post id of row <paramref name="row"/>, or null.</summary>
    public string? ReferencedIdOf(int row) =>
        ReferencedIds[row] ?? (ReferencedKeys[row] >= 0 ? ReferencedKeys[row].ToString(CultureInfo.InvariantCulture) : null);

    /// <summary>Sets row <paramref name="row"/>'s text from UTF-8 bytes (invalid sequences become U+FFFD, as when
    /// decoded to a string); rows must be filled in order.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void SetText(int row, ReadOnlySpan<byte> utf8)
    {
        Reserve(Encoding.UTF8.GetMaxCharCount(utf8.Length));
        _textStarts[row] = _textUsed;
        var length = Encoding.UTF8.GetChars(utf8, _textChars.AsSpan(_textUsed));
        _textLengths[row] = length;
        _textUsed += length;
    }

    /// <summary>Sets row <paramref name="row"/>'s text, or marks it as not read (null); rows must be filled in order.</summary>
    public void SetText(int row, string? text)
    {
        if (text is null)
        {
            _textStarts[row] = _textUsed;
            _textLengths[row] = -1;
            return;
        }

        Reserve(text.Length);
        _textStarts[row] = _textUsed;
        text.CopyTo(_textChars.AsSpan(_textUsed));
        _textLengths[row] = text.Length;
        _textUsed += text.Length;
    }

    /// <summary>Whether row <paramref name="row"/>'s text was read.</summary>
    public bool HasText(int row) => _textLengths[row] >= 0;

    /// <summary>The text of row <paramref name="row"/> (empty where it was not read).</summary>
    public ReadOnlySpan<char> TextOf(int row) =>
        _textLengths[row] < 0 ? default : _textChars.AsSpan(_textStarts[row], _textLengths[row]);

    private void Reserve(int chars)
    {
        if (_textUsed + chars > _textChars.Length)
        {
            Array.Resize(ref _textChars, Math.Max(_textChars.Length * 2, _textUsed + chars));
        }
    }
}
