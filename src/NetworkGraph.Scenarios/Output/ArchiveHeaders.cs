using System.Text;
using NetworkGraph.Core.Ingestion.Archive;

namespace NetworkGraph.Scenarios.Output;

/// <summary>The header lines of the archive files the generator writes, from the reader's column list.</summary>
internal static class ArchiveHeaders
{
    public static readonly byte[] Tweets = Line(ArchiveColumnNames.Tweets);

    public static readonly byte[] Users = Line(ArchiveColumnNames.Users);

    private static byte[] Line(IReadOnlyList<string> columns) => Encoding.UTF8.GetBytes(string.Join(',', columns) + "\n");
}
