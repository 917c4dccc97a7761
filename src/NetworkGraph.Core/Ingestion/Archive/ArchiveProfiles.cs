using NetworkGraph.Core.Ingestion.Batches;
using NetworkGraph.Core.Ingestion.Csv;
using NetworkGraph.Core.Ingestion.Parsing;

namespace NetworkGraph.Core.Ingestion.Archive;

/// <summary>Reads the profile columns that archive tweets and users files share.</summary>
internal static class ArchiveProfiles
{
    public static bool TryParse(CsvBatchReader row, ArchiveColumns c, out ParsedProfile profile, out string? field, out string? reason)
    {
        profile = default;
        field = reason = null;
        if (!Numbers.TryParseCount(row.Field(c.Followers), out var followers) || followers < 0)
        {
            return CsvBatchReader.Fail(
                ArchiveColumnNames.Followers, $"not a count (a whole number, 0 or more): '{row.Quote(c.Followers)}'", out field, out reason);
        }

        if (!Numbers.TryParseCount(row.Field(c.Following), out var following) || following < 0)
        {
            return CsvBatchReader.Fail(
                ArchiveColumnNames.Following, $"not a count (a whole number, 0 or more): '{row.Quote(c.Following)}'", out field, out reason);
        }

        long? createdAt = null;
        var created = row.Field(c.CreatedAt);
        if (!created.IsEmpty)
        {
            if (!Timestamps.TryParseIso(created, out var seconds))
            {
                return CsvBatchReader.Fail(ArchiveColumnNames.CreatedAt, $"not a YYYY-MM-DD date: '{row.Quote(c.CreatedAt)}'", out field, out reason);
            }

            if (!row.Times.Contains(seconds))
            {
                return CsvBatchReader.Fail(ArchiveColumnNames.CreatedAt, row.Times.Outside(row.Quote(c.CreatedAt)), out field, out reason);
            }

            createdAt = seconds;
        }

        profile = new ParsedProfile(row, c, createdAt, followers, following);
        return true;
    }

    /// <summary>The parsed numbers of a profile; the text columns are copied when it is added.</summary>
    internal readonly struct ParsedProfile(CsvBatchReader row, ArchiveColumns c, long? createdAt, long? followers, long? following)
    {
        /// <summary>Adds the observation when it is the newest the batch has for the account.</summary>
        public void AddTo(IngestBatch batch, int account, long? observedAt)
        {
            if (!batch.WantsProfile(account, observedAt)
                || batch.TryRefreshProfile(account, observedAt, row.Field(c.ScreenName), row.Field(c.DisplayName), row.Field(c.Location),
                    row.Field(c.Bio), row.Field(c.AccountLanguage), createdAt, followers, following))
            {
                return;
            }

            batch.SetProfile(ToRecord(batch, account, observedAt));
        }

        public ProfileRecord ToRecord(IngestBatch batch, int account, long? observedAt) => new()
        {
            Account = account,
            Handle = batch.AddOptional(row.Field(c.ScreenName)),
            DisplayName = batch.AddOptional(row.Field(c.DisplayName)),
            Location = batch.AddOptional(row.Field(c.Location)),
            Bio = batch.AddOptional(row.Field(c.Bio)),
            Language = batch.AddOptional(row.Field(c.AccountLanguage)),
            CreatedAt = createdAt,
            Followers = followers,
            Following = following,
            ObservedAt = observedAt,
        };
    }
}
