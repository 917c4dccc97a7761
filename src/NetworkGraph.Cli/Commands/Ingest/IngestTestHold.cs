using System.Globalization;
using NetworkGraph.Core.Ingestion;

namespace NetworkGraph.Cli.Commands.Ingest;

/// <summary>A test hook for the crash tests: with NETWORKGRAPH_TEST_HOLD_AFTER_BATCH=N set, the ingest stops right after
/// its N-th committed batch, writes "held after batch N" to standard error and waits for a line on standard input,
/// so a test kills it at a known point instead of racing it. Without the variable nothing changes.</summary>
internal sealed class IngestTestHold(IProgress<IngestProgress> inner, int batch) : IProgress<IngestProgress>
{
    /// <summary>The environment variable that names the batch to hold after.</summary>
    public const string Variable = "NETWORKGRAPH_TEST_HOLD_AFTER_BATCH";

    private int _committed;

    /// <summary>The progress sink itself, or one that holds after the batch the environment names.</summary>
    public static IProgress<IngestProgress> Wrap(IProgress<IngestProgress> progress) =>
        int.TryParse(Environment.GetEnvironmentVariable(Variable), NumberStyles.None, CultureInfo.InvariantCulture, out var batch) && batch > 0
            ? new IngestTestHold(progress, batch)
            : progress;

    public void Report(IngestProgress value)
    {
        inner.Report(value);
        if (++_committed == batch)
        {
            Console.Error.WriteLine($"held after batch {batch}");
            Console.Error.Flush();
            Console.In.ReadLine();
        }
    }
}
