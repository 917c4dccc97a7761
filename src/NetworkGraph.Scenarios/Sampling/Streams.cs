namespace NetworkGraph.Scenarios.Sampling;

/// <summary>Ids of the independent random streams, so that changing one part of the generator leaves the others' draws alone.</summary>
internal static class Streams
{
    public const ulong Population = 0x01;
    public const ulong Plan = 0x02;
    public const ulong Organic = 0x03;
    public const ulong Decoy = 0x04;
    public const ulong Operation = 0x05;
    public const ulong Campaign = 0x06;
}
