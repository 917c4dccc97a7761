namespace NetworkGraph.Core.Export;

/// <summary>An inclusive activity interval; spells of one node or edge are merged where they overlap.</summary>
/// <param name="Start">The first instant of activity (inclusive).</param>
/// <param name="End">The last instant of activity (inclusive); not before <paramref name="Start"/>.</param>
public readonly record struct ExportSpell(DateTimeOffset Start, DateTimeOffset End);

/// <summary>A precomputed layout position.</summary>
/// <param name="X">Horizontal coordinate.</param>
/// <param name="Y">Vertical coordinate.</param>
/// <param name="Z">Optional depth coordinate.</param>
public readonly record struct ExportPosition(float X, float Y, float? Z = null);

/// <summary>An opaque RGB colour (no alpha: Gephi Lite ignores colours that carry one).</summary>
/// <param name="R">Red channel.</param>
/// <param name="G">Green channel.</param>
/// <param name="B">Blue channel.</param>
public readonly record struct ExportColor(byte R, byte G, byte B)
{
    /// <summary>The colour as <c>#rrggbb</c> in lower case.</summary>
    public string Hex => $"#{R:x2}{G:x2}{B:x2}";
}
