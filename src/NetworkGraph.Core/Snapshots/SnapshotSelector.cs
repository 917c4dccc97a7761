using System.Globalization;

namespace NetworkGraph.Core.Snapshots;

/// <summary>Which stored snapshot a command means, with one grammar everywhere: <c>latest</c> in any case, a version
/// as <c>3</c> or <c>v3</c>, otherwise a snapshot id (ids look like <c>v3-1a2b3c4d5e6f</c>, so they never read as a
/// version).</summary>
public sealed record SnapshotSelector
{
    private SnapshotSelector(string text, bool isLatest, int? version, string? id)
    {
        Text = text;
        IsLatest = isLatest;
        Version = version;
        Id = id;
    }

    /// <summary>The newest snapshot.</summary>
    public static SnapshotSelector Latest { get; } = new("latest", true, null, null);

    /// <summary>The selector as the user wrote it.</summary>
    public string Text { get; }

    /// <summary>Whether it means the newest snapshot.</summary>
    public bool IsLatest { get; }

    /// <summary>The version it names, if it names one.</summary>
    public int? Version { get; }

    /// <summary>The snapshot id it names, if it names one.</summary>
    public string? Id { get; }

    /// <summary>Reads <paramref name="text"/> by the grammar above; blank text is an error.</summary>
    public static SnapshotSelector Parse(string text)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(text);
        var trimmed = text.Trim();
        if (trimmed.Equals("latest", StringComparison.OrdinalIgnoreCase))
        {
            return Latest;
        }

        var digits = trimmed.StartsWith('v') || trimmed.StartsWith('V') ? trimmed[1..] : trimmed;
        return int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var version)
            ? new SnapshotSelector(trimmed, false, version, null)
            : new SnapshotSelector(trimmed, false, null, trimmed);
    }

    /// <summary>A selector of exactly this snapshot id (for ids the program already holds).</summary>
    public static SnapshotSelector OfId(string id)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        return new SnapshotSelector(id, false, null, id);
    }

    /// <summary>The error to give when <paramref name="store"/> holds no snapshot this selector matches.</summary>
    public string NotFound(string store) =>
        IsLatest ? $"The store {store} holds no snapshot yet: run 'networkgraph analyze' first."
        : Version is { } v ? string.Create(CultureInfo.InvariantCulture, $"The store {store} has no snapshot version {v} (selector '{Text}'); 'networkgraph snapshot list' shows the stored ones.")
        : $"The store {store} has no snapshot '{Text}' (give 'latest', a version such as 3 or v3, or a snapshot id; 'networkgraph snapshot list' shows the stored ones).";

    /// <inheritdoc/>
    public override string ToString() => Text;
}
