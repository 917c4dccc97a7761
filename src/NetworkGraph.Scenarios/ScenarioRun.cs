using System.IO.Compression;
using NetworkGraph.Scenarios.Accounts;
using NetworkGraph.Scenarios.Activity;
using NetworkGraph.Scenarios.Content;
using NetworkGraph.Scenarios.Output;

namespace NetworkGraph.Scenarios;

/// <summary>One generation: plans the volumes, then writes the days in order and the side files.</summary>
internal sealed class ScenarioRun
{
    private readonly ScenarioOptions _options;
    private readonly string _directory;
    private readonly IProgress<long>? _progress;
    private readonly Population _population;
    private readonly ScenarioCalendar _calendar;
    private readonly OperationActivity _operation;
    private readonly DecoyActivity _decoys;
    private readonly long[] _postsByRole = new long[3];

    public ScenarioRun(ScenarioOptions options, string directory, IProgress<long>? progress)
    {
        _options = options;
        _directory = directory;
        _progress = progress;
        _population = new PopulationBuilder(options).Build();
        _calendar = new ScenarioCalendar(options);
        _operation = new OperationActivity(options, _population, _calendar);
        _decoys = new DecoyActivity(options, _population);
    }

    public ScenarioSummary Run(CancellationToken ct)
    {
        var organicPerDay = Plan(ct);
        var suffix = _options.Gzip ? ".gz" : "";
        var tweetsPath = Path.Combine(_directory, ScenarioGenerator.TweetsFileName + suffix);
        var usersPath = Path.Combine(_directory, ScenarioGenerator.UsersFileName + suffix);
        var truthPath = Path.Combine(_directory, ScenarioGenerator.TruthFileName);
        var campaignsPath = Path.Combine(_directory, ScenarioGenerator.CampaignsFileName);

        WriteCsv(usersPath, _options.Gzip, csv => ScenarioFiles.WriteUsers(csv, _population));
        WriteFile(tweetsPath, _options.Gzip, stream => WriteTweets(stream, organicPerDay, ct));
        WriteCsv(truthPath, gzip: false, csv => ScenarioFiles.WriteTruth(csv, _population, _options.Campaigns));
        ScenarioFiles.WriteCampaigns(campaignsPath, _options.Campaigns);

        return new ScenarioSummary
        {
            Seed = _options.Seed,
            Organic = new RoleCounts(Count(AccountRole.Organic), _postsByRole[(int)AccountRole.Organic]),
            Operation = new RoleCounts(Count(AccountRole.Operation), _postsByRole[(int)AccountRole.Operation]),
            Decoy = new RoleCounts(Count(AccountRole.Decoy), _postsByRole[(int)AccountRole.Decoy]),
            Campaigns = _options.Campaigns.Select(c => new CampaignPeriod(c.Id, c.Name, c.Start, c.End, c.Hashtags.ToArray())).ToArray(),
            TweetsPath = tweetsPath,
            UsersPath = usersPath,
            TruthPath = truthPath,
            CampaignsPath = campaignsPath,
        };
    }

    /// <summary>
    /// Counts the operation and decoy posts (a dry run of their day generators, which use their own random streams),
    /// scales them down when they would exceed their share, and gives the rest to the organic population.
    /// </summary>
    private long[] Plan(CancellationToken ct)
    {
        var nonOrganic = CountNonOrganic(ct);
        var cap = _options.MaxNonOrganicShare * _options.Posts;
        if (nonOrganic > cap)
        {
            var scale = cap / nonOrganic;
            _operation.Scale = scale;
            _decoys.Scale = scale;
            nonOrganic = CountNonOrganic(ct);
        }

        if (nonOrganic > _options.Posts)
        {
            throw new ArgumentException($"Scenario option Posts ({_options.Posts}) is too small for the operation and decoys.", nameof(ScenarioOptions.Posts));
        }

        // The dry runs marked campaign participation; the real run marks it again.
        foreach (var a in _population.Accounts)
        {
            a.CampaignMask = 0;
        }

        return VolumePlan.OrganicPerDay(_options.Posts - nonOrganic, _calendar, _options.Seed);
    }

    private long CountNonOrganic(CancellationToken ct)
    {
        var batch = new DayBatch();
        _decoys.Reset();
        long total = 0;
        for (var d = 0; d < _calendar.Days; d++)
        {
            ct.ThrowIfCancellationRequested();
            batch.Reset(d, _calendar.Date(d));
            _operation.Generate(batch);
            _decoys.Generate(batch);
            total += batch.Count;
        }

        return total;
    }

    private void WriteTweets(Stream stream, long[] organicPerDay, CancellationToken ct)
    {
        var organic = new OrganicActivity(_options, _population);
        var resolver = new ReferenceResolver(_population, _options.Seed);
        using var file = new TweetFile(stream, _population, _options, _progress, ct);
        _decoys.Reset();
        for (var d = 0; d < _calendar.Days; d++)
        {
            ct.ThrowIfCancellationRequested();
            var batch = file.Rent();
            batch.Reset(d, _calendar.Date(d));
            _operation.Generate(batch);
            _decoys.Generate(batch);
            organic.Generate(batch, organicPerDay[d]);
            var order = batch.TimeOrder();
            resolver.Resolve(batch, order);
            for (var i = 0; i < batch.Count; i++)
            {
                _postsByRole[(int)_population.Accounts[batch[i].Author].Role]++;
            }

            file.Submit(batch);
        }

        file.Complete();
    }

    private static void WriteFile(string path, bool gzip, Action<Stream> write)
    {
        using var file = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.Read, bufferSize: 1, FileOptions.SequentialScan);
        using Stream stream = gzip ? new GZipStream(file, CompressionLevel.Fastest, leaveOpen: true) : file;
        write(stream);
    }

    private static void WriteCsv(string path, bool gzip, Action<Utf8CsvWriter> write) => WriteFile(path, gzip, stream =>
    {
        using var csv = new Utf8CsvWriter(stream);
        write(csv);
    });

    private int Count(AccountRole role) => _population.Accounts.Count(a => a.Role == role);
}
