using System.Text;

namespace NetworkGraph.Core.Export;

/// <summary>One CSV cell: its text and whether it is free text (only free text is checked for formula triggers).</summary>
internal readonly record struct CsvCell(string Value, bool IsText)
{
    public static CsvCell Text(string? value) => new(value ?? string.Empty, true);

    public static CsvCell Data(string? value) => new(value ?? string.Empty, false);
}

/// <summary>
/// Writes RFC 4180 rows (CRLF; a field with a comma, quote, CR or LF is quoted and its quotes doubled) in UTF-8
/// without BOM. With formula neutralising on, a text cell starting with = + - @ (or tab / CR, which spreadsheets
/// also strip before evaluating) gets a leading single quote so spreadsheets show it instead of evaluating it.
/// </summary>
internal sealed class CsvTable : IAsyncDisposable
{
    // Rows are handed to the writer this many characters at a time: one asynchronous write per row was most of the time
    // of a table of millions of rows.
    private const int Batch = 1 << 15;
    private readonly StreamWriter _writer;
    private readonly bool _neutralizeFormulas;
    private readonly StringBuilder _pending = new(); // the rows not yet handed to the writer

    public CsvTable(Stream output, bool neutralizeFormulas)
    {
        _writer = new StreamWriter(output, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), 1 << 16, leaveOpen: true);
        _neutralizeFormulas = neutralizeFormulas;
    }

    public static string Escape(string value, bool isText, bool neutralizeFormulas)
    {
        var clean = TextSanitizer.Clean(value);
        if (neutralizeFormulas && isText && clean.Length > 0 && clean[0] is '=' or '+' or '-' or '@' or '\t' or '\r')
        {
            clean = "'" + clean;
        }

        return clean.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? "\"" + clean.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : clean;
    }

    public async Task WriteRowAsync(IEnumerable<CsvCell> cells, CancellationToken ct)
    {
        var first = true;
        foreach (var cell in cells)
        {
            if (!first)
            {
                _pending.Append(',');
            }

            first = false;
            _pending.Append(Escape(cell.Value, cell.IsText, _neutralizeFormulas));
        }

        _pending.Append("\r\n");
        if (_pending.Length >= Batch)
        {
            await WritePendingAsync(ct);
        }
    }

    public async Task WriteHeaderAsync(IEnumerable<string> names, CancellationToken ct) =>
        await WriteRowAsync(names.Select(CsvCell.Text), ct);

    public async Task FlushAsync(CancellationToken ct)
    {
        await WritePendingAsync(ct);
        await _writer.FlushAsync(ct);
    }

    public async ValueTask DisposeAsync()
    {
        await WritePendingAsync(CancellationToken.None);
        await _writer.DisposeAsync();
    }

    private async Task WritePendingAsync(CancellationToken ct)
    {
        await _writer.WriteAsync(_pending, ct);
        _pending.Clear();
    }
}
