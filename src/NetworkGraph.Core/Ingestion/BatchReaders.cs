using NetworkGraph.Core.Ingestion.Archive;
using NetworkGraph.Core.Ingestion.Csv;
using NetworkGraph.Core.Ingestion.Json;
using NetworkGraph.Core.Ingestion.Shares;

namespace NetworkGraph.Core.Ingestion;

/// <summary>Opens the reader for a file's layout, positioned at a checkpoint.</summary>
internal static class BatchReaders
{
    public static IBatchReader Open(InputFile file, FileLayout layout, long offset, long line, BatchLimits limits, out FileStream raw)
    {
        var stream = file.Open(out raw);
        try
        {
            return layout switch
            {
                FileLayout.V2 => new V2Reader(JsonUnits.Open(stream, offset, line), file.Path, limits),
                FileLayout.V1 => new V1Reader(JsonUnits.Open(stream, offset, line), file.Path, limits),
                _ => OpenCsv(stream, file.Path, layout, offset, line, limits),
            };
        }
        catch
        {
            stream.Dispose();
            throw;
        }
    }

    private static CsvBatchReader OpenCsv(Stream stream, string path, FileLayout layout, long offset, long line, BatchLimits limits)
    {
        var reader = new CsvRecordReader(stream);
        if (!reader.Read())
        {
            throw new IngestInputException(path, "the file is empty");
        }

        var header = new CsvHeader(reader);
        if (offset > reader.NextOffset)
        {
            reader.Reposition(offset, line);
        }

        return layout switch
        {
            FileLayout.ArchiveTweets => new ArchiveTweetReader(reader, header, path, limits),
            FileLayout.ArchiveUsers => new ArchiveUserReader(reader, header, path, limits),
            FileLayout.Shares => ShareTableReader.Open(reader, header, path, limits),
            _ => throw new IngestInputException(path, "unknown format"),
        };
    }
}
