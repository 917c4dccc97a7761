namespace NetworkGraph.Core.Coordination;

/// <summary>Accumulates the shares of one kind and interns their objects.</summary>
/// <remarks>The shares are kept in blocks (no copy as they grow, as a doubling array would make of every share, and
/// no array twice as large as needed); <see cref="Build"/> copies them once into exact columns.</remarks>
internal sealed class ShareColumnBuilder
{
    private readonly BlockList<int> _account = new();
    private readonly BlockList<long> _time = new();
    private readonly BlockList<int> _post = new();
    private readonly BlockList<int> _object = new();
    private readonly GrowArray<int> _firstPost = new(256);
    private readonly Dictionary<string, int>? _byLabel;
    private readonly GrowArray<string>? _labels;
    private readonly HashIds? _byHash;
    private Dictionary<long, int>? _byNumber;
    private readonly GrowArray<ulong>? _hashes;
    private readonly GrowArray<int>? _signatureOf;

    public ShareColumnBuilder(ShareKind kind)
    {
        Kind = kind;
        if (kind == ShareKind.Text)
        {
            _byHash = new HashIds();
            _hashes = new GrowArray<ulong>(256);
            _signatureOf = new GrowArray<int>(256);
        }
        else if (kind != ShareKind.Activity)
        {
            _byLabel = new Dictionary<string, int>(StringComparer.Ordinal);
            _labels = new GrowArray<string>(256);
        }
    }

    public ShareKind Kind { get; }

    public int Count => _account.Count;

    public int ObjectFor(string label, int post)
    {
        if (_byLabel is null)
        {
            return ActivityObject(post);
        }

        if (!_byLabel.TryGetValue(label, out var id))
        {
            id = _firstPost.Count;
            _byLabel.Add(label, id);
            _labels!.Add(label);
            _firstPost.Add(post);
        }

        return id;
    }

    /// <summary>Interns an object whose label is the decimal text of <paramref name="number"/> (a numeric post id), as
    /// <see cref="ObjectFor(string, int)"/> would, without making that text again for every share of it.</summary>
    public int ObjectFor(long number, int post)
    {
        _byNumber ??= [];
        if (!_byNumber.TryGetValue(number, out var id))
        {
            id = ObjectFor(number.ToString(System.Globalization.CultureInfo.InvariantCulture), post);
            _byNumber.Add(number, id);
        }

        return id;
    }

    /// <summary>Interns a text by hash; <paramref name="added"/> says whether it is new (its signature slot is then -1).</summary>
    public int ObjectFor(ulong hash, int post, out bool added)
    {
        var id = _byHash!.GetOrAdd(hash, _firstPost.Count, out added);
        if (added)
        {
            _hashes!.Add(hash);
            _signatureOf!.Add(-1);
            _firstPost.Add(post);
        }

        return id;
    }

    /// <summary>The object of the text with this hash, -1 when none was interned; safe while no thread adds to the column.</summary>
    public int TextObjectOf(ulong hash) => _byHash!.IdOf(hash);

    public void SetSignature(int objectId, int signature) => _signatureOf![objectId] = signature;

    public void Add(int account, long time, int post, int objectId)
    {
        _account.Add(account);
        _time.Add(time);
        _post.Add(post);
        _object.Add(objectId);
    }

    public ShareColumn Build() => new(
        Kind,
        _account.MoveToArray(),
        _time.MoveToArray(),
        _post.MoveToArray(),
        _object.MoveToArray(),
        _firstPost.ToTrimmedArray())
    {
        Labels = _labels?.ToTrimmedArray(),
        TextHash = _hashes?.ToTrimmedArray(),
        SignatureOf = _signatureOf?.ToTrimmedArray(),
    };

    private int ActivityObject(int post)
    {
        if (_firstPost.Count == 0)
        {
            _firstPost.Add(post);
        }

        return 0;
    }
}
