namespace NetworkGraph.Core.Ingestion.Batches;

/// <summary>A slice of UTF-8 text held by an <see cref="IngestBatch"/>; a negative length means "no value".</summary>
/// <param name="Offset">Where the text starts in the batch's text buffer.</param>
/// <param name="Length">The length in bytes, or -1 for no value.</param>
public readonly record struct Utf8Ref(int Offset, int Length)
{
    /// <summary>No value.</summary>
    public static Utf8Ref None => new(0, -1);

    /// <summary>Whether a value is present (an empty string is a value).</summary>
    public bool HasValue => Length >= 0;
}

/// <summary>An id exactly as it came, plus its number when it is a canonical non-negative decimal integer.</summary>
/// <param name="Text">The id's text.</param>
/// <param name="Number">The id's value when canonical (digits only, no leading zero, fits a long); otherwise -1.</param>
public readonly record struct IdRef(Utf8Ref Text, long Number)
{
    /// <summary>No id.</summary>
    public static IdRef None => new(Utf8Ref.None, -1);

    /// <summary>Whether an id is present.</summary>
    public bool HasValue => Text.HasValue;

    /// <summary>Whether the id is a canonical number that can serve as its own key.</summary>
    public bool IsNumeric => Number >= 0;
}
