using NetworkGraph.Core.Ingestion;

namespace NetworkGraph.App.Worker;

/// <summary>Ingests one inbox file into the store.</summary>
internal interface IFileIngester
{
    /// <summary>Reads the file into the store; a file the store already holds is reported, not read again.</summary>
    Task<IngestReport> IngestAsync(string path, CancellationToken ct);
}
