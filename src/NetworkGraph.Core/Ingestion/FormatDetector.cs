using System.Text.Json;
using NetworkGraph.Core.Ingestion.Archive;
using NetworkGraph.Core.Ingestion.Csv;
using NetworkGraph.Core.Ingestion.Json;
using NetworkGraph.Core.Ingestion.Shares;

namespace NetworkGraph.Core.Ingestion;

/// <summary>The concrete layout of one input file.</summary>
internal enum FileLayout
{
    Unknown = 0,
    ArchiveTweets,
    ArchiveUsers,
    Shares,
    V2,
    V1,
}

/// <summary>Recognises a file's layout from its first bytes: the top-level keys of the first JSON object, or the
/// CSV header's column names.</summary>
internal static class FormatDetector
{
    public const int HeadBytes = 1 << 16;

    /// <summary>Why a file of <see cref="FileLayout.Unknown"/> layout is not read.</summary>
    public const string UnknownFormat = "unknown format: neither JSON tweets (API v2 or v1.1) nor a CSV header with archive tweets "
        + "(tweetid, userid, tweet_time), archive users (userid, user_screen_name) or share (object_id, account_id, content_id, "
        + "timestamp_share) columns; use --format";

    public static string Name(FileLayout layout) => layout switch
    {
        FileLayout.ArchiveTweets => "archive tweets",
        FileLayout.ArchiveUsers => "archive users",
        FileLayout.Shares => "shares",
        FileLayout.V2 => "v2",
        FileLayout.V1 => "v1",
        _ => "unknown",
    };

    /// <summary>The layout of a file (<see cref="FileLayout.Unknown"/> when nothing matches), honouring a forced format
    /// where it allows several layouts (archive tweets or users); a forced format whose columns are missing, or a header
    /// that repeats a column or lacks one its layout requires, is an error.</summary>
    public static FileLayout Detect(InputFile file, InputFormat forced)
    {
        var head = ReadHead(file);
        var text = head.AsSpan();
        if (text.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            text = text[3..];
        }

        text = text.TrimStart(" \t\r\n"u8);
        if (forced is InputFormat.V1)
        {
            return FileLayout.V1;
        }

        if (forced is InputFormat.V2)
        {
            return FileLayout.V2;
        }

        if (forced is InputFormat.Auto && !text.IsEmpty && text[0] is (byte)'{' or (byte)'[')
        {
            return DetectJson(text);
        }

        using var reader = new CsvRecordReader(new MemoryStream(head));
        if (!reader.Read())
        {
            throw new IngestInputException(file.Path, "the file is empty");
        }

        var header = new CsvHeader(reader);
        if (header.Repeated is { } repeated)
        {
            throw new IngestInputException(file.Path, $"the header names the column '{repeated}' more than once; rename or drop the copies");
        }

        var archive = ArchiveColumns.Classify(header, file.Path);
        var layout = archive != FileLayout.Unknown ? archive
            : ShareTableReader.IsShareTable(header) ? FileLayout.Shares
            : FileLayout.Unknown;
        return (forced, layout) switch
        {
            (InputFormat.Archive, not (FileLayout.ArchiveTweets or FileLayout.ArchiveUsers)) => throw new IngestInputException(file.Path,
                "not an archive file: the header lacks tweetid, userid and tweet_time (tweets) or userid and user_screen_name (users)"),
            (InputFormat.Shares, not FileLayout.Shares) => throw new IngestInputException(file.Path,
                "not a share table: the header needs object_id, account_id, content_id and timestamp_share"),
            _ => layout,
        };
    }

    private static FileLayout DetectJson(ReadOnlySpan<byte> text)
    {
        var reader = new Utf8JsonReader(text, isFinalBlock: false, default);
        var objectDepth = -1;
        var keys = new HashSet<string>(StringComparer.Ordinal);
        try
        {
            while (reader.Read())
            {
                if (objectDepth < 0 && reader.TokenType == JsonTokenType.StartObject)
                {
                    objectDepth = reader.CurrentDepth;
                }
                else if (objectDepth >= 0 && reader.TokenType == JsonTokenType.PropertyName && reader.CurrentDepth == objectDepth + 1)
                {
                    keys.Add(reader.GetString()!);
                }
                else if (objectDepth >= 0 && reader.TokenType == JsonTokenType.EndObject && reader.CurrentDepth == objectDepth)
                {
                    break;
                }
            }
        }
        catch (JsonException)
        {
            // A malformed first object: decide on the keys seen so far.
        }

        return JsonLayouts.FromKeys(keys.Contains);
    }

    private static byte[] ReadHead(InputFile file)
    {
        try
        {
            using var stream = file.Open(out _);
            var buffer = new byte[HeadBytes];
            var total = 0;
            int read;
            while (total < buffer.Length && (read = stream.Read(buffer, total, buffer.Length - total)) > 0)
            {
                total += read;
            }

            return buffer[..total];
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidDataException)
        {
            throw new IngestInputException(file.Path, $"cannot be read: {e.Message}", e);
        }
    }
}
