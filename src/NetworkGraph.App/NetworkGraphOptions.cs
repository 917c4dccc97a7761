using System.ComponentModel.DataAnnotations;

namespace NetworkGraph.App;

/// <summary>Settings read from appsettings.json, NETWORKGRAPH__* environment variables and options.</summary>
internal sealed class NetworkGraphOptions
{
    public const string Section = "NetworkGraph";

    /// <summary>Path of the embedded SQLite store used when a command gets no --db.</summary>
    [Required(AllowEmptyStrings = false)]
    public string Database { get; set; } = "networkgraph.db";

    /// <summary>Seed for every randomised step when a command gets no --seed.</summary>
    [Range(0, int.MaxValue)]
    public int Seed { get; set; } = 42;

    /// <summary>Degree of parallelism for the hot loops.</summary>
    [Range(1, 256)]
    public int Threads { get; set; } = Math.Max(1, Math.Min(Environment.ProcessorCount, 2));

    /// <summary>Coordination runs kept in the store besides those a snapshot refers to; older ones are pruned after
    /// each stored run.</summary>
    [Range(1, 10_000)]
    public int KeepCoordinationRuns { get; set; } = 3;

    /// <summary>Share of rejected rows above which an ingest run exits non-zero.</summary>
    [Range(0.0, 1.0)]
    public double MaxRejectShare { get; set; } = 0.05;
}
