using System.Buffers.Text;
using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using System.Text;

namespace NetworkGraph.Scenarios.Output;

/// <summary>
/// A forward-only UTF-8 CSV writer: fields are appended as bytes into 1 MiB buffers, quoted per RFC 4180 only
/// when they hold a comma, a quote or a line break; rows end with '\n'. Full buffers are written to the stream
/// by a background thread (unless <c>background</c> is false), so that the system calls (and gzip) overlap the
/// generation on another core.
/// </summary>
internal sealed class Utf8CsvWriter : IDisposable
{
    private const int BufferSize = 1 << 20;
    private const int Buffers = 4;
    private readonly Stream _stream;
    private readonly BlockingCollection<(byte[] Buffer, int Length)> _full = new(Buffers);
    private readonly BlockingCollection<byte[]> _free = new(Buffers);
    private readonly Thread? _writer;
    private volatile Exception? _writeError;
    private byte[] _buffer;
    private int _length;
    private bool _fieldOpen;
    private bool _disposed;

    public Utf8CsvWriter(Stream stream, bool background = true)
    {
        _stream = stream;
        _buffer = new byte[BufferSize];
        if (!background)
        {
            return;
        }

        for (var i = 0; i < Buffers - 1; i++)
        {
            _free.Add(new byte[BufferSize]);
        }

        _writer = new Thread(WriteLoop) { IsBackground = true, Name = "csv-writer" };
        _writer.Start();
    }

    /// <summary>Starts a field: writes the separating comma unless this is the row's first field.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void NextField()
    {
        if (_fieldOpen)
        {
            WriteByte((byte)',');
        }

        _fieldOpen = true;
    }

    public void EndRow()
    {
        WriteByte((byte)'\n');
        _fieldOpen = false;
    }

    /// <summary>Writes bytes that are already CSV-safe (or already quoted) as one field.</summary>
    public void Field(ReadOnlySpan<byte> safe)
    {
        NextField();
        Raw(safe);
    }

    /// <summary>Writes a UTF-8 field, quoting and doubling quotes when needed.</summary>
    public void FieldEscaped(ReadOnlySpan<byte> value)
    {
        NextField();
        RawEscaped(value);
    }

    /// <summary>Writes a string field, quoting when needed (not for hot paths).</summary>
    public void FieldText(string value) => FieldEscaped(Encoding.UTF8.GetBytes(value));

    public void Field(long value)
    {
        NextField();
        Raw(value);
    }

    public void EmptyField() => NextField();

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void WriteByte(byte b)
    {
        if (_length == BufferSize)
        {
            Flush();
        }

        _buffer[_length++] = b;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Raw(ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length > BufferSize - _length)
        {
            RawSlow(bytes);
            return;
        }

        bytes.CopyTo(_buffer.AsSpan(_length));
        _length += bytes.Length;
    }

    public void Raw(long value)
    {
        if (BufferSize - _length < 24)
        {
            Flush();
        }

        Utf8Formatter.TryFormat(value, _buffer.AsSpan(_length), out var written);
        _length += written;
    }

    /// <summary>Writes <paramref name="value"/> with quotes around it when it needs them.</summary>
    public void RawEscaped(ReadOnlySpan<byte> value)
    {
        if (value.IndexOfAny("\",\n\r"u8) < 0)
        {
            Raw(value);
            return;
        }

        WriteByte((byte)'"');
        var rest = value;
        int quote;
        while ((quote = rest.IndexOf((byte)'"')) >= 0)
        {
            Raw(rest[..(quote + 1)]);
            WriteByte((byte)'"');
            rest = rest[(quote + 1)..];
        }

        Raw(rest);
        WriteByte((byte)'"');
    }

    /// <summary>Hands the buffered bytes to the background writer.</summary>
    public void Flush()
    {
        if (_length == 0)
        {
            return;
        }

        if (_writer is null)
        {
            _stream.Write(_buffer, 0, _length);
            _length = 0;
            return;
        }

        ThrowIfWriteFailed();
        _full.Add((_buffer, _length));
        _buffer = _free.Take();
        _length = 0;
    }

    /// <summary>Writes what is buffered and waits until the stream has it all; rethrows a write failure.</summary>
    public void Dispose()
    {
        if (_disposed)
        {
            return;
        }

        _disposed = true;
        try
        {
            Flush();
        }
        finally
        {
            _full.CompleteAdding();
            _writer?.Join();
            _full.Dispose();
            _free.Dispose();
        }

        ThrowIfWriteFailed();
    }

    private void WriteLoop()
    {
        foreach (var (buffer, length) in _full.GetConsumingEnumerable())
        {
            if (_writeError is null)
            {
                try
                {
                    _stream.Write(buffer, 0, length);
                }
#pragma warning disable CA1031 // Any failure of the stream is handed to the producing thread, which rethrows it.
                catch (Exception ex)
#pragma warning restore CA1031
                {
                    _writeError = ex;
                }
            }

            _free.Add(buffer);
        }
    }

    private void ThrowIfWriteFailed()
    {
        if (_writeError is { } error)
        {
            throw new IOException("Writing the generated file failed: " + error.Message, error);
        }
    }

    private void RawSlow(ReadOnlySpan<byte> bytes)
    {
        while (bytes.Length > 0)
        {
            if (_length == BufferSize)
            {
                Flush();
            }

            var n = Math.Min(bytes.Length, BufferSize - _length);
            bytes[..n].CopyTo(_buffer.AsSpan(_length));
            _length += n;
            bytes = bytes[n..];
        }
    }
}
