using System.Globalization;

namespace NetworkGraph.Core.Export;

/// <summary>
/// A deterministic cluster-to-colour map: cluster ids are ordered (numeric ids by value, then the rest ordinally)
/// and the i-th cluster takes the i-th colour of a golden-angle hue sequence, so neighbours in the order differ
/// strongly in hue and the same id set always yields the same colours.
/// </summary>
public sealed class ClusterPalette
{
    private const double GoldenAngle = 137.50776405003785;
    private static readonly (double Saturation, double Lightness)[] Tiers = [(0.85, 0.50), (1.00, 0.36), (1.00, 0.65)];
    private readonly Dictionary<string, ExportColor> _colors;

    private ClusterPalette(Dictionary<string, ExportColor> colors) => _colors = colors;

    /// <summary>The colour of nodes without a cluster (or with a cluster the palette does not know).</summary>
    public static ExportColor Unclustered { get; } = new(160, 160, 160);

    /// <summary>The number of clusters with a colour.</summary>
    public int Count => _colors.Count;

    /// <summary>Builds a palette over the distinct non-empty cluster ids given (order and duplicates do not matter).</summary>
    public static ClusterPalette Create(IEnumerable<string?> clusterIds)
    {
        ArgumentNullException.ThrowIfNull(clusterIds);
        var ordered = clusterIds
            .Where(id => !string.IsNullOrEmpty(id))
            .Select(id => id!)
            .Distinct(StringComparer.Ordinal)
            .OrderBy(id => IsNumber(id, out _) ? 0 : 1)
            .ThenBy(id => IsNumber(id, out var n) ? n : 0m)
            .ThenBy(id => id, StringComparer.Ordinal)
            .ToList();
        var colors = new Dictionary<string, ExportColor>(ordered.Count, StringComparer.Ordinal);
        for (var i = 0; i < ordered.Count; i++)
        {
            colors[ordered[i]] = ColorAt(i);
        }

        return new ClusterPalette(colors);
    }

    /// <summary>The i-th colour of the sequence (for legends).</summary>
    public static ExportColor ColorAt(int index)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(index);
        var hue = (210 + (index * GoldenAngle)) % 360;
        var (s, l) = Tiers[index / 10 % Tiers.Length];
        return FromHsl(hue, s, l);
    }

    /// <summary>The colour of a cluster, or <see cref="Unclustered"/>.</summary>
    public ExportColor ColorOf(string? clusterId) =>
        clusterId is not null && _colors.TryGetValue(clusterId, out var c) ? c : Unclustered;

    private static bool IsNumber(string id, out decimal value) =>
        decimal.TryParse(id, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out value);

    private static ExportColor FromHsl(double h, double s, double l)
    {
        var c = (1 - Math.Abs((2 * l) - 1)) * s;
        var x = c * (1 - Math.Abs((h / 60 % 2) - 1));
        var m = l - (c / 2);
        var (r, g, b) = (int)(h / 60) switch
        {
            0 => (c, x, 0d),
            1 => (x, c, 0d),
            2 => (0d, c, x),
            3 => (0d, x, c),
            4 => (x, 0d, c),
            _ => (c, 0d, x),
        };
        return new ExportColor(Channel(r + m), Channel(g + m), Channel(b + m));
    }

    private static byte Channel(double v) => (byte)Math.Clamp(Math.Round(v * 255, MidpointRounding.AwayFromZero), 0, 255);
}
