using System.IO.Compression;
using System.Security.Cryptography;

namespace NetworkGraph.Core.Ingestion;

/// <summary>One input file: opens it (decompressing gzip, recognised by its magic bytes) and fingerprints it.</summary>
internal sealed class InputFile(string path)
{
    private const int FingerprintSpan = 1 << 20;

    public string Path { get; } = path;

    public long Length { get; } = new FileInfo(path).Length;

    /// <summary>Identifies the content cheaply: length plus a hash of the first and last MiB.</summary>
    public string Fingerprint()
    {
        using var stream = new FileStream(Path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 0);
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var buffer = new byte[FingerprintSpan];
        HashRange(stream, 0, hash, buffer);
        if (Length > FingerprintSpan)
        {
            HashRange(stream, Math.Max(FingerprintSpan, Length - FingerprintSpan), hash, buffer);
        }

        return $"{Length}:{Convert.ToHexStringLower(hash.GetHashAndReset())}";
    }

    /// <summary>Opens the content for reading; <paramref name="file"/> is the raw file stream (for progress).</summary>
    public Stream Open(out FileStream file)
    {
        file = new FileStream(Path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 0, FileOptions.SequentialScan);
        Span<byte> magic = stackalloc byte[2];
        var read = file.Read(magic);
        file.Position = 0;
        if (read == 2 && magic[0] == 0x1F && magic[1] == 0x8B)
        {
            return new BufferedStream(new GZipStream(file, CompressionMode.Decompress), 1 << 16);
        }

        return file;
    }

    private static void HashRange(FileStream stream, long start, IncrementalHash hash, byte[] buffer)
    {
        stream.Position = start;
        var total = 0;
        int read;
        while (total < buffer.Length && (read = stream.Read(buffer, total, buffer.Length - total)) > 0)
        {
            total += read;
        }

        hash.AppendData(buffer, 0, total);
    }
}
