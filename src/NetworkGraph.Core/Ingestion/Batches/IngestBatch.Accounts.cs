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

    /// <summary>Two independent 32-bit hashes of every content field: a randomly seeded one (so crafted input
    /// cannot aim at collisions) and FNV-1a.</summary>
    private long ContentHash(in ProfileRecord p)
    {
        var seeded = default(HashCode);
        var fnv = 2166136261u;
        AddText(p.Handle);
        AddText(p.DisplayName);
        AddText(p.Location);
        AddText(p.Bio);
        AddText(p.Language);
        AddNumber(p.CreatedAt);
        AddNumber(p.Followers);
        AddNumber(p.Following);
        return ((long)seeded.ToHashCode() << 32) | fnv;

        void AddText(Utf8Ref text)
        {
            seeded.Add(text.Length);
            Span<byte> length = stackalloc byte[4];
            System.Buffers.Binary.BinaryPrimitives.WriteInt32LittleEndian(length, text.Length);
            Fnv(length);
            if (text.HasValue)
            {
                seeded.AddBytes(Utf8(text));
                Fnv(Utf8(text));
            }
        }

        void AddNumber(long? value)
        {
            seeded.Add(value);
            Span<byte> bytes = stackalloc byte[9];
            bytes[0] = value.HasValue ? (byte)1 : (byte)0;
            System.Buffers.Binary.BinaryPrimitives.WriteInt64LittleEndian(bytes[1..], value ?? 0);
            Fnv(bytes);
        }

        void Fnv(ReadOnlySpan<byte> bytes)
        {
            foreach (var b in bytes)
            {
                fnv = (fnv ^ b) * 16777619u;
            }
        }
    }

    private static int Hash(ReadOnlySpan<byte> bytes)
    {
        var hash = default(HashCode);
        hash.AddBytes(bytes);
        return hash.ToHashCode() & int.MaxValue;
    }
}
