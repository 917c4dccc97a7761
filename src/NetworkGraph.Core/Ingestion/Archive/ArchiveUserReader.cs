using NetworkGraph.Core.Ingestion.Batches;
using NetworkGraph.Core.Ingestion.Csv;

namespace NetworkGraph.Core.Ingestion.Archive;

/// <summary>Maps rows of an archive users file: profiles without an observation time, which therefore only fill
/// accounts that have no profile yet.</summary>
internal sealed class ArchiveUserReader(CsvRecordReader reader, CsvHeader header, string file, BatchLimits limits)
    : CsvBatchReader(reader, header, file, limits)
{
    private readonly ArchiveColumns _c = new(header);

    protected override bool TryMap(IngestBatch batch, out string? field, out string? reason)
    {
        if (!TryId(_c.UserId, ArchiveColumnNames.UserId, out var userId, out field, out reason)
            || !ArchiveProfiles.TryParse(this, _c, out var profile, out field, out reason))
        {
            return false;
        }

        profile.AddTo(batch, batch.AddAccount(userId), observedAt: null);

        batch.ProfileRows++;
        batch.PendingRows++;
        return true;
    }
}
