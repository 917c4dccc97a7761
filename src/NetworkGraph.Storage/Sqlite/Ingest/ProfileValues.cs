namespace NetworkGraph.Storage.Sqlite.Ingest;

/// <summary>A profile observation's values, as spans into the batch.</summary>
internal readonly ref struct ProfileValues
{
    public ReadOnlySpan<byte> Handle { get; init; }

    public bool HasHandle { get; init; }

    public ReadOnlySpan<byte> DisplayName { get; init; }

    public bool HasDisplayName { get; init; }

    public ReadOnlySpan<byte> Location { get; init; }

    public bool HasLocation { get; init; }

    public ReadOnlySpan<byte> Bio { get; init; }

    public bool HasBio { get; init; }

    public ReadOnlySpan<byte> Language { get; init; }

    public bool HasLanguage { get; init; }

    public long? CreatedAt { get; init; }

    public long? Followers { get; init; }

    public long? Following { get; init; }

    public long? ObservedAt { get; init; }

    public long ContentHash { get; init; }
}
