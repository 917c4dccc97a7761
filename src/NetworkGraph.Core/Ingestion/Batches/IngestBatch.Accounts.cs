namespace NetworkGraph.Core.Ingestion.Batches;

public sealed partial class IngestBatch
{
    private readonly RecordList<BatchAccount> _accounts = new(1024);
    private int[] _accountHashes = new int[1024];
    private int[] _profileOf = new int[1024];
    private int[] _slots = new int[4096]; // open addressing over _accounts: index + 1, 0 = free

    /// <summary>The distinct accounts the batch refers to, in order of first appearance.</summary>
    public ReadOnlySpan<BatchAccount> Accounts => _accounts.Span;

    /// <summary>The batch-local index of an account id, adding it on first sight.</summary>
    internal int AddAccount(ReadOnlySpan<byte> id)
    {
        var hash = Hash(id);
        var mask = _slots.Length - 1;
        var slot = hash & mask;
        while (_slots[slot] != 0)
        {
            var index = _slots[slot] - 1;
            if (_accountHashes[index] == hash && Utf8(_accounts[index].Id.Text).SequenceEqual(id))
            {
                return index;
            }

            slot = (slot + 1) & mask;
        }

        var added = _accounts.Count;
        var text = AddText(id);
        _accounts.Add(new BatchAccount(new IdRef(text, Parsing.Ids.CanonicalNumber(Utf8(text))), Utf8Ref.None));
        if (added == _accountHashes.Length)
        {
            Array.Resize(ref _accountHashes, added * 2);
            Array.Resize(ref _profileOf, added * 2);
        }

        _accountHashes[added] = hash;
        _profileOf[added] = -1;
        _slots[slot] = added + 1;
        if (_accounts.Count * 2 > _slots.Length)
        {
            Rehash();
        }

        return added;
    }

    internal int AddAccount(string id)
    {
        Span<byte> utf8 = id.Length <= 256 ? stackalloc byte[id.Length * 3] : new byte[id.Length * 3];
        var length = System.Text.Encoding.UTF8.GetBytes(id, utf8);
        return AddAccount(utf8[..length]);
    }

    /// <summary>Gives the account a handle unless it already has one in this batch.</summary>
    internal void AddHandle(int account, ReadOnlySpan<byte> handle)
    {
        ref var entry = ref _accounts[account];
        if (!entry.Handle.HasValue && !handle.IsEmpty)
        {
            entry = entry with { Handle = AddText(handle) };
        }
    }

    internal void AddHandle(int account, string? handle)
    {
        ref var entry = ref _accounts[account];
        if (!entry.Handle.HasValue && !string.IsNullOrEmpty(handle))
        {
            entry = entry with { Handle = AddText(handle) };
        }
    }

    /// <summary>Whether an observation made at <paramref name="observedAt"/> would replace the profile the batch
    /// holds for the account (the newest wins, the first among equals), so that only winners are copied.</summary>
    internal bool WantsProfile(int account, long? observedAt)
    {
        var index = _profileOf[account];
        return index < 0 || (observedAt is { } candidate && (_profiles[index].ObservedAt is not { } held || candidate > held));
    }

    /// <summary>Stores the account's profile observation, replacing the one held (call after <see cref="WantsProfile"/>).</summary>
    internal void SetProfile(in ProfileRecord observed)
    {
        var profile = observed with { ContentHash = ContentHash(observed) };
        var index = _profileOf[profile.Account];
        if (index < 0)
        {
            _profileOf[profile.Account] = _profiles.Count;
            _profiles.Add(profile);
        }
        else
        {
            _profiles[index] = profile;
        }

        if (profile.Handle.HasValue)
        {
            ref var entry = ref _accounts[profile.Account];
            if (!entry.Handle.HasValue)
            {
                entry = entry with { Handle = profile.Handle };
            }
        }
    }

    private void ClearAccounts()
    {
        _accounts.Clear();
        Array.Clear(_slots);
    }

    private void Rehash()
    {
        _slots = new int[_slots.Length * 2];
        var mask = _slots.Length - 1;
        for (var i = 0; i < _accounts.Count; i++)
        {
            var slot = _accountHashes[i] & mask;
            while (_slots[slot] != 0)
            {
                slot = (slot + 1) & mask;
            }

            _slots[slot] = i + 1;
        }
    }

    /// <summary>Two differently salted, randomly seeded 32-bit hashes of every content field.</summary>
    private long ContentHash(in ProfileRecord p)
    {
        var high = default(HashCode);
        var low = default(HashCode);
        high.Add(0x5EED);
        low.Add(0xC0FFEE);
        foreach (var text in (ReadOnlySpan<Utf8Ref>)[p.Handle, p.DisplayName, p.Location, p.Bio, p.Language])
        {
            high.Add(text.Length);
            low.Add(text.Length);
            high.AddBytes(Utf8(text));
            low.AddBytes(Utf8(text));
        }

        foreach (var number in (ReadOnlySpan<long?>)[p.CreatedAt, p.Followers, p.Following])
        {
            high.Add(number);
            low.Add(number);
        }

        return ((long)high.ToHashCode() << 32) | (uint)low.ToHashCode();
    }

    /// <summary>When the batch holds a profile for the account with exactly this content, moves its observation
    /// time to <paramref name="observedAt"/> (which must win, see <see cref="WantsProfile"/>) and returns true; the
    /// caller then need not copy the fields again.</summary>
    internal bool TryRefreshProfile(
        int account, long? observedAt, ReadOnlySpan<byte> handle, ReadOnlySpan<byte> displayName, ReadOnlySpan<byte> location,
        ReadOnlySpan<byte> bio, ReadOnlySpan<byte> language, long? createdAt, long? followers, long? following)
    {
        var index = _profileOf[account];
        if (index < 0)
        {
            return false;
        }

        ref var held = ref _profiles[index];
        if (held.CreatedAt != createdAt || held.Followers != followers || held.Following != following
            || !Same(held.Handle, handle) || !Same(held.DisplayName, displayName) || !Same(held.Location, location)
            || !Same(held.Bio, bio) || !Same(held.Language, language))
        {
            return false;
        }

        held = held with { ObservedAt = observedAt };
        return true;

        // Optional text fields are stored as "no value" when empty.
        bool Same(Utf8Ref stored, ReadOnlySpan<byte> candidate) =>
            stored.HasValue ? Utf8(stored).SequenceEqual(candidate) : candidate.IsEmpty;
    }

    private static int Hash(ReadOnlySpan<byte> bytes)
    {
        var hash = default(HashCode);
        hash.AddBytes(bytes);
        return hash.ToHashCode() & int.MaxValue;
    }
}
