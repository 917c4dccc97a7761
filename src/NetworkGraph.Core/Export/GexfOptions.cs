namespace NetworkGraph.Core.Export;

/// <summary>How a GEXF file writes time: one representation (intervals) and one format per file.</summary>
public enum GexfTimeFormat
{
    /// <summary>Spells in whole UTC days (<c>yyyy-MM-dd</c>); read by Gephi, graphology and networkx.</summary>
    Date = 0,

    /// <summary>Spells to the second (<c>yyyy-MM-ddTHH:mm:ssZ</c>); read by Gephi and graphology, not by networkx.</summary>
    DateTime = 1,
}

/// <summary>How a GEXF file writes <c>viz:color</c> (never with alpha).</summary>
public enum GexfColorFormat
{
    /// <summary>Separate r, g, b attributes; read by Gephi, Gephi Lite, graphology and networkx.</summary>
    Rgb = 0,

    /// <summary>One <c>hex</c> attribute; read by Gephi, Gephi Lite and graphology, but networkx's reader fails on it.</summary>
    Hex = 1,
}

/// <summary>Options for <see cref="GexfWriter"/>.</summary>
public sealed record GexfOptions
{
    /// <summary>Colours and sizes of nodes.</summary>
    public ExportVisuals Visuals { get; init; } = new();

    /// <summary>The time format of spells (one per file).</summary>
    public GexfTimeFormat TimeFormat { get; init; } = GexfTimeFormat.Date;

    /// <summary>How colours are written.</summary>
    public GexfColorFormat ColorFormat { get; init; } = GexfColorFormat.Rgb;

    /// <summary>Whether precomputed node positions are written.</summary>
    public bool WritePositions { get; init; } = true;

    /// <summary>Whether spells are written (a static file otherwise).</summary>
    public bool WriteSpells { get; init; } = true;
}
