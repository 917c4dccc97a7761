namespace NetworkGraph.Core.Tests.Ingestion.Json;

/// <summary>A read-only stream over bytes that gives at most <paramref name="chunk"/> bytes per read (to cross
/// buffer refills) and can refuse to seek (like decompressed input).</summary>
internal sealed class TrickleStream(byte[] bytes, int chunk, bool seekable) : Stream
{
    private readonly MemoryStream _inner = new(bytes, writable: false);

    public override bool CanRead => true;

    public override bool CanSeek => seekable;

    public override bool CanWrite => false;

    public override long Length => seekable ? _inner.Length : throw new NotSupportedException();

    public override long Position
    {
        get => seekable ? _inner.Position : throw new NotSupportedException();
        set => Seek(value, SeekOrigin.Begin);
    }

    public override int Read(byte[] buffer, int offset, int count) => _inner.Read(buffer, offset, Math.Min(count, chunk));

    public override long Seek(long offset, SeekOrigin origin) => seekable ? _inner.Seek(offset, origin) : throw new NotSupportedException();

    public override void Flush()
    {
    }

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
}
