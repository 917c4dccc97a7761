using System.Text;
using NetworkGraph.Core.Ingestion.Parsing;

namespace NetworkGraph.Core.Ingestion.Batches;

/// <summary>A run of parsed input rows, handed from the parsing thread to the store in one transaction, with the
/// input position just after its last row (the checkpoint).</summary>
/// <remarks>All text lives in one UTF-8 buffer addressed by <see cref="Utf8Ref"/>, allocated on the pinned heap so
/// that a store can hand it to native code without copying; batches are recycled.</remarks>
public sealed partial class IngestBatch
{
    private readonly RecordList<PostRecord> _posts = new(1024);
    private readonly RecordList<ProfileRecord> _profiles = new(1024);
    private readonly RecordList<int> _mentions = new(1024);
    private readonly RecordList<Utf8Ref> _hashtags = new(1024);
    private readonly RecordList<UrlRecord> _urls = new(256);
    private readonly RecordList<ShareRecord> _shares = new(256);
    private readonly List<IngestReject> _rejects = [];
    private readonly List<IngestReject> _skips = [];
    private byte[] _text = GC.AllocateUninitializedArray<byte>(1 << 20, pinned: true);
    private int _textLength;

    /// <summary>Posts, in input order.</summary>
    public ReadOnlySpan<PostRecord> Posts => _posts.Span;

    /// <summary>Profile observations: per account, the newest the batch saw (the first among equals).</summary>
    public ReadOnlySpan<ProfileRecord> Profiles => _profiles.Span;

    /// <summary>Mentioned accounts (indexes into <see cref="Accounts"/>), addressed by <see cref="PostRecord.MentionStart"/>.</summary>
    public ReadOnlySpan<int> Mentions => _mentions.Span;

    /// <summary>Hashtags without '#', addressed by <see cref="PostRecord.HashtagStart"/>.</summary>
    public ReadOnlySpan<Utf8Ref> Hashtags => _hashtags.Span;

    /// <summary>URLs, addressed by <see cref="PostRecord.UrlStart"/>.</summary>
    public ReadOnlySpan<UrlRecord> Urls => _urls.Span;

    /// <summary>Generic share rows.</summary>
    public ReadOnlySpan<ShareRecord> Shares => _shares.Span;

    /// <summary>Rows that could not be parsed.</summary>
    public IReadOnlyList<IngestReject> Rejects => _rejects;

    /// <summary>Input rows read (accepted or not).</summary>
    public long RowsRead { get; internal set; }

    /// <summary>Input rows that are not data and were passed over (e.g. v1.1 delete notices), each with the reason.</summary>
    public IReadOnlyList<IngestReject> Skips => _skips;

    /// <summary>How many input rows were passed over as not data.</summary>
    public long Skipped => _skips.Count;

    /// <summary>Profile-only rows (a users file) that were parsed; each counts as accepted.</summary>
    public long ProfileRows { get; internal set; }

    /// <summary>Input position just after the batch's last row, in bytes of the (decompressed) input.</summary>
    public long EndOffset { get; internal set; }

    /// <summary>Input line (1-based) where the next row starts.</summary>
    public long EndLine { get; internal set; }

    /// <summary>Bytes of text held.</summary>
    public int TextBytes => _textLength;

    /// <summary>How far the raw file (compressed, for gzip) had been read when the batch was full; for progress.</summary>
    public long SourcePosition { get; internal set; }

    /// <summary>Rows held (posts that are rows, shares, profile rows and rejects).</summary>
    internal int PendingRows { get; set; }

    /// <summary>The UTF-8 text of a reference (empty for no value).</summary>
    public ReadOnlySpan<byte> Utf8(Utf8Ref text) => text.HasValue ? _text.AsSpan(text.Offset, text.Length) : default;

    /// <summary>The text of a reference as a string, or null for no value.</summary>
    public string? String(Utf8Ref text) => text.HasValue ? Encoding.UTF8.GetString(Utf8(text)) : null;

    /// <summary>Copies text into the batch, normalised so that the store only ever holds valid text that every
    /// consumer can handle: invalid UTF-8 (a lone surrogate, say) becomes U+FFFD, NUL is removed (C APIs and
    /// tools cut text there) and the noncharacters U+FFFE, U+FFFF and U+FDD0..U+FDEF become U+FFFD.</summary>
    internal Utf8Ref AddText(ReadOnlySpan<byte> utf8)
    {
        if (!System.Text.Unicode.Utf8.IsValid(utf8))
        {
            return AddText(Encoding.UTF8.GetString(utf8).AsSpan());
        }

        Reserve(utf8.Length);
        utf8.CopyTo(_text.AsSpan(_textLength));
        return Commit(utf8.Length);
    }

    internal Utf8Ref AddText(ReadOnlySpan<char> text)
    {
        Reserve(Encoding.UTF8.GetMaxByteCount(text.Length));
        return Commit(Encoding.UTF8.GetBytes(text, _text.AsSpan(_textLength)));
    }

    /// <summary>Normalises the <paramref name="length"/> bytes just written at the end of the text in place (the
    /// result is never longer) and returns their reference.</summary>
    private Utf8Ref Commit(int length)
    {
        var written = _text.AsSpan(_textLength, length);
        if (written.IndexOfAny((byte)0, (byte)0xEF) >= 0)
        {
            length = StoredTextCleaner.InPlace(written);
        }

        var result = new Utf8Ref(_textLength, length);
        _textLength += length;
        return result;
    }

    internal Utf8Ref AddText(string? text) => text is null ? Utf8Ref.None : AddText(text.AsSpan());

    /// <summary>Adds text, or no value when the text is empty.</summary>
    internal Utf8Ref AddOptional(ReadOnlySpan<byte> utf8) => utf8.IsEmpty ? Utf8Ref.None : AddText(utf8);

    internal Utf8Ref AddOptional(string? text) => string.IsNullOrEmpty(text) ? Utf8Ref.None : AddText(text.AsSpan());

    internal IdRef AddId(ReadOnlySpan<byte> utf8) =>
        utf8.IsEmpty ? IdRef.None : new IdRef(AddText(utf8), Ids.CanonicalNumber(utf8));

    internal IdRef AddId(string? id)
    {
        if (string.IsNullOrEmpty(id))
        {
            return IdRef.None;
        }

        var text = AddText(id.AsSpan());
        return new IdRef(text, Ids.CanonicalNumber(Utf8(text)));
    }

    internal void AddPost(in PostRecord post)
    {
        _posts.Add(post);
        if (post.IsRow)
        {
            PendingRows++;
        }
    }

    internal int MentionCount => _mentions.Count;

    internal int HashtagCount => _hashtags.Count;

    internal int UrlCount => _urls.Count;

    internal void AddMention(int account) => _mentions.Add(account);

    internal void AddHashtag(Utf8Ref tag) => _hashtags.Add(tag);

    internal void AddUrl(in UrlRecord url) => _urls.Add(url);

    internal void AddShare(in ShareRecord share)
    {
        _shares.Add(share with { Row = RowsRead });
        PendingRows++;
    }

    internal void AddSkip(IngestReject skip) => _skips.Add(skip);

    internal void AddReject(IngestReject reject)
    {
        _rejects.Add(reject);
        PendingRows++;
    }

    internal void Reset()
    {
        _posts.Clear();
        _profiles.Clear();
        ClearAccounts();
        _mentions.Clear();
        _hashtags.Clear();
        _urls.Clear();
        _shares.Clear();
        _rejects.Clear();
        _skips.Clear();
        _textLength = 0;
        RowsRead = 0;
        ProfileRows = 0;
        PendingRows = 0;
        EndOffset = 0;
        EndLine = 0;
        SourcePosition = 0;
    }

    private void Reserve(int bytes)
    {
        if (_textLength + bytes > _text.Length)
        {
            var grown = GC.AllocateUninitializedArray<byte>(Math.Max(_text.Length * 2, _textLength + bytes), pinned: true);
            _text.AsSpan(0, _textLength).CopyTo(grown);
            _text = grown;
        }
    }
}
