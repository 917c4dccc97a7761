using System.Buffers;
using System.Buffers.Text;
using NetworkGraph.Core.Model;
using NetworkGraph.Scenarios.Accounts;
using NetworkGraph.Scenarios.Activity;
using NetworkGraph.Scenarios.Content;
using NetworkGraph.Scenarios.Sampling;

namespace NetworkGraph.Scenarios.Output;

/// <summary>Writes posts as rows of the archive's tweets file (31 columns), composing each text on the fly.</summary>
internal sealed class TweetRowWriter
{
    private static readonly StandardFormat Coordinate = new('F', 5);
    private readonly Utf8CsvWriter _csv;
    private readonly Population _population;
    private readonly TextComposer _composer;
    private readonly TextBuilder _tb = new();
    private readonly Rng _rng = new(0);
    private readonly byte[] _scratch = new byte[1 << 16];
    private readonly byte[][] _minutes = new byte[1440][];
    private readonly byte[][] _mentionIds = new byte[16][];
    private byte[] _datePrefix = [];

    public TweetRowWriter(Utf8CsvWriter csv, Population population, TextComposer composer)
    {
        _csv = csv;
        _population = population;
        _composer = composer;
        for (var m = 0; m < 1440; m++)
        {
            _minutes[m] = System.Text.Encoding.ASCII.GetBytes($"{m / 60:D2}:{m % 60:D2}");
        }
    }

    public void WriteHeader() => _csv.Raw(ArchiveHeaders.Tweets);

    public void BeginDay(DateOnly date) =>
        _datePrefix = System.Text.Encoding.ASCII.GetBytes(date.ToString("yyyy-MM-dd ", System.Globalization.CultureInfo.InvariantCulture));

    public void Write(ref PostEvent e, long dayStartMs)
    {
        var author = _population.Accounts[e.Author];
        var reference = e.Kind == PostKind.Original ? null : _population.Accounts[e.RefAuthor];
        var lang = Compose(ref e, reference);

        _csv.Field(e.TweetId);
        if (author.Hashed)
        {
            // Hashed accounts repeat the id as display name and handle: copy the 64 bytes thrice, then the rest.
            _csv.Field(author.IdUtf8);
            _csv.Field(author.IdUtf8);
            _csv.Field(author.IdUtf8);
            _csv.Raw(author.ProfileTail);
        }
        else
        {
            _csv.Field(author.ProfileCsv);
        }
        _csv.Field(lang.CodeBytes());
        _csv.FieldEscaped(_tb.Text);
        _csv.NextField();
        _csv.Raw(_datePrefix);
        _csv.Raw(_minutes[(int)((e.TimeMs - dayStartMs) / 60_000)]);
        _csv.Field(Clients.Utf8[author.Client]);
        ReferenceColumns(ref e, reference);
        Engagement(ref e, author);
        Lists();
        _csv.EmptyField();
        _csv.EndRow();
    }

    private Lang Compose(ref PostEvent e, SimAccount? reference)
    {
        _tb.Clear();
        switch (e.Kind)
        {
            case PostKind.Retweet:
                _tb.Append("RT @"u8);
                _tb.Append(reference!.HandleUtf8);
                _tb.Append(": "u8);
                _tb.AddMention(reference.Index);
                _composer.Compose(e.RefText, _tb);
                return e.RefText.Lang;
            case PostKind.Reply:
                _tb.Mention(reference!.Index, reference.HandleUtf8);
                _tb.Space();
                _composer.Compose(e.Text, _tb);
                return e.Text.Lang;
            case PostKind.Quote:
                _composer.Compose(e.Text, _tb);
                var n = UrlWriter.Status(_scratch, reference!.HandleUtf8, e.RefTweetId);
                _tb.Link(_scratch.AsSpan(0, n), (ulong)e.TweetId);
                return e.Text.Lang;
            default:
                _composer.Compose(e.Text, _tb);
                return e.Text.Lang;
        }
    }

    private void ReferenceColumns(ref PostEvent e, SimAccount? reference)
    {
        var reply = e.Kind == PostKind.Reply;
        Optional(reply ? reference!.IdUtf8 : default);
        OptionalId(reply ? e.RefTweetId : 0);
        OptionalId(e.Kind == PostKind.Quote ? e.RefTweetId : 0);
        var retweet = e.Kind == PostKind.Retweet;
        _csv.Field(retweet ? "True"u8 : "False"u8);
        Optional(retweet ? reference!.IdUtf8 : default);
        OptionalId(retweet ? e.RefTweetId : 0);
    }

    private void Engagement(ref PostEvent e, SimAccount author)
    {
        _rng.Reseed((ulong)e.TweetId);
        if (e.Kind == PostKind.Original && author.Role == AccountRole.Organic && _rng.Chance(0.003))
        {
            var (lat, lon) = Place(author.UtcOffsetMinutes);
            Number(lat + ((_rng.NextDouble() - 0.5) * 2));
            Number(lon + ((_rng.NextDouble() - 0.5) * 2));
        }
        else
        {
            _csv.Field("absent"u8);
            _csv.Field("absent"u8);
        }

        if (e.Kind == PostKind.Retweet)
        {
            // Retweet rows carry no engagement of their own; the archive writes these counts as floats.
            for (var i = 0; i < 4; i++)
            {
                _csv.Field("0.0"u8);
            }

            return;
        }

        var reach = author.Reach * _rng.LogNormal(1, 1.3);
        var likes = (long)reach;
        _csv.Field((long)(likes * 0.03 * _rng.NextDouble()));
        _csv.Field((long)(likes * 0.12 * _rng.NextDouble()));
        _csv.Field(likes);
        _csv.Field((long)(likes * 0.25 * _rng.NextDouble()));
    }

    private void Lists()
    {
        var n = PythonList.Write(_scratch, _tb.Hashtags);
        _csv.FieldEscaped(_scratch.AsSpan(0, n));
        n = PythonList.Write(_scratch, _tb.Urls);
        _csv.FieldEscaped(_scratch.AsSpan(0, n));
        var mentions = _tb.Mentions;
        for (var i = 0; i < mentions.Length; i++)
        {
            _mentionIds[i] = _population.Accounts[mentions[i]].IdUtf8;
        }

        n = PythonList.Write(_scratch, _mentionIds.AsSpan(0, mentions.Length));
        _csv.FieldEscaped(_scratch.AsSpan(0, n));
    }

    private void Optional(ReadOnlySpan<byte> value)
    {
        if (value.IsEmpty)
        {
            _csv.EmptyField();
        }
        else
        {
            _csv.Field(value);
        }
    }

    private void OptionalId(long id)
    {
        if (id == 0)
        {
            _csv.EmptyField();
        }
        else
        {
            _csv.Field(id);
        }
    }

    private void Number(double value)
    {
        Span<byte> digits = stackalloc byte[32];
        Utf8Formatter.TryFormat(value, digits, out var n, Coordinate);
        _csv.Field(digits[..n]);
    }

    private static (double Lat, double Lon) Place(int utcOffsetMinutes) => utcOffsetMinutes switch
    {
        60 => (47.0, 2.5),
        0 => (51.5, -0.1),
        -300 => (40.7, -74.0),
        -480 => (34.0, -118.2),
        -360 => (19.4, -99.1),
        -180 => (-34.6, -58.4),
        120 => (30.0, 31.2),
        180 => (24.7, 46.7),
        240 => (40.4, 49.9),
        _ => (0.0, 0.0),
    };
}
