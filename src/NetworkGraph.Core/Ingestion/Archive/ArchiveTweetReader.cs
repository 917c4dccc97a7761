using NetworkGraph.Core.Ingestion.Batches;
using NetworkGraph.Core.Ingestion.Csv;
using NetworkGraph.Core.Ingestion.Parsing;
using NetworkGraph.Core.Model;
using NetworkGraph.Core.Text;

namespace NetworkGraph.Core.Ingestion.Archive;

/// <summary>Maps rows of an information-operations archive tweets file: each row is a post plus an observation of
/// its author's profile at the tweet's time.</summary>
internal sealed class ArchiveTweetReader(CsvRecordReader reader, CsvHeader header, string file, BatchLimits limits)
    : CsvBatchReader(reader, header, file, limits)
{
    private readonly ArchiveColumns _c = new(header);
    private readonly PythonList _hashtags = new();
    private readonly PythonList _urls = new();
    private readonly PythonList _mentions = new();

    protected override bool TryMap(IngestBatch batch, out string? field, out string? reason)
    {
        if (!TryId(_c.TweetId, ArchiveColumnNames.TweetId, out var tweetId, out field, out reason)
            || !TryId(_c.UserId, ArchiveColumnNames.UserId, out var userId, out field, out reason)
            || !TryOptionalId(_c.ReplyUser, ArchiveColumnNames.ReplyUser, out field, out reason)
            || !TryOptionalId(_c.ReplyTweet, ArchiveColumnNames.ReplyTweet, out field, out reason)
            || !TryOptionalId(_c.QuotedTweet, ArchiveColumnNames.QuotedTweet, out field, out reason)
            || !TryOptionalId(_c.RetweetUser, ArchiveColumnNames.RetweetUser, out field, out reason)
            || !TryOptionalId(_c.RetweetTweet, ArchiveColumnNames.RetweetTweet, out field, out reason))
        {
            return false;
        }

        if (!Timestamps.TryParseIso(Field(_c.Time), out var time))
        {
            return Fail(ArchiveColumnNames.Time, $"not a YYYY-MM-DD HH:MM time: '{Quote(_c.Time)}'", out field, out reason);
        }

        if (!Times.Contains(time))
        {
            return Fail(ArchiveColumnNames.Time, Times.Outside(Quote(_c.Time)), out field, out reason);
        }

        if (!Numbers.TryParseFlag(Field(_c.IsRetweet), out var isRetweet))
        {
            return Fail(ArchiveColumnNames.IsRetweet, $"expected True or False: '{Quote(_c.IsRetweet)}'", out field, out reason);
        }

        if (!ArchiveProfiles.TryParse(this, _c, out var profile, out field, out reason)
            || !TryList(_hashtags, _c.Hashtags, ArchiveColumnNames.Hashtags, out field, out reason)
            || !TryList(_urls, _c.Urls, ArchiveColumnNames.Urls, out field, out reason)
            || !TryList(_mentions, _c.Mentions, ArchiveColumnNames.Mentions, out field, out reason))
        {
            return false;
        }

        for (var i = 0; i < _mentions.Count; i++)
        {
            if (Ids.Problem(_mentions[i]) is { } problem)
            {
                return Fail(ArchiveColumnNames.Mentions, $"an id that {problem}: '{Quote(_c.Mentions)}'", out field, out reason);
            }
        }

        var kind = PostKind.Original;
        ReadOnlySpan<byte> referencedPost = default, referencedAuthor = default;
        if (isRetweet || (_c.IsRetweet < 0 && !Field(_c.RetweetTweet).IsEmpty))
        {
            kind = PostKind.Retweet;
            referencedPost = Field(_c.RetweetTweet);
            referencedAuthor = Field(_c.RetweetUser);
        }
        else if (!Field(_c.QuotedTweet).IsEmpty)
        {
            kind = PostKind.Quote;
            referencedPost = Field(_c.QuotedTweet);
        }
        else if (!Field(_c.ReplyTweet).IsEmpty || !Field(_c.ReplyUser).IsEmpty)
        {
            kind = PostKind.Reply;
            referencedPost = Field(_c.ReplyTweet);
            referencedAuthor = Field(_c.ReplyUser);
        }

        var author = batch.AddAccount(userId);
        profile.AddTo(batch, author, time);

        var mentionStart = batch.MentionCount;
        for (var i = 0; i < _mentions.Count; i++)
        {
            batch.AddMention(batch.AddAccount(_mentions[i]));
        }

        var hashtagStart = batch.HashtagCount;
        for (var i = 0; i < _hashtags.Count; i++)
        {
            var tag = _hashtags[i];
            batch.AddHashtag(batch.AddText(tag.Length > 0 && tag[0] == '#' ? tag[1..] : tag));
        }

        var urlStart = batch.UrlCount;
        Span<byte> domain = stackalloc byte[256];
        for (var i = 0; i < _urls.Count; i++)
        {
            var domainLength = UrlHost.Extract(_urls[i], domain);
            batch.AddUrl(new UrlRecord(batch.AddText(_urls[i]), domainLength > 0 ? batch.AddText(domain[..domainLength]) : Utf8Ref.None));
        }

        batch.AddPost(new PostRecord
        {
            Id = batch.AddId(tweetId),
            Author = author,
            Time = time,
            Kind = kind,
            ReferencedPost = batch.AddId(referencedPost),
            ReferencedAuthor = referencedAuthor.IsEmpty ? -1 : batch.AddAccount(referencedAuthor),
            Language = batch.AddOptional(Field(_c.TweetLanguage)),
            Text = batch.AddText(Field(_c.Text)),
            MentionStart = mentionStart,
            MentionCount = _mentions.Count,
            HashtagStart = hashtagStart,
            HashtagCount = _hashtags.Count,
            UrlStart = urlStart,
            UrlCount = _urls.Count,
            IsRow = true,
        });
        return true;
    }

    private bool TryList(PythonList list, int column, string name, out string? field, out string? reason)
    {
        field = reason = null;
        if (list.TryParse(Field(column), out var error))
        {
            return true;
        }

        return Fail(name, $"{error}: '{Quote(column)}'", out field, out reason);
    }
}
