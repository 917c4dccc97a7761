using BenchmarkDotNet.Running;
using NetworkGraph.Benchmarks.Communities;
using NetworkGraph.Benchmarks.Coordination;
using NetworkGraph.Benchmarks.Generation;
using NetworkGraph.Benchmarks.Ingestion;
using NetworkGraph.Benchmarks.Neo4j;

// Runner modes for the side-by-side kit in /work/shared/bench; anything else goes to BenchmarkDotNet.
if (args.Length > 0 && args[0] == CommunityRunner.Mode)
{
    return await CommunityRunner.RunAsync(args[1..]);
}

if (args.Length > 0 && args[0] == CoordinationRunner.Mode)
{
    return CoordinationRunner.Run(args[1..]);
}

if (args.Length > 0 && args[0] == StoreGraphRunner.Mode)
{
    return await StoreGraphRunner.RunAsync(args[1..]);
}

if (args.Length > 0 && args[0] == StoreReadRunner.Mode)
{
    return await StoreReadRunner.RunAsync(args[1..]);
}

if (args.Length > 0 && args[0] == StoreGraphRunner.NearDuplicateMode)
{
    return StoreGraphRunner.RunNearDuplicates(args[1..]);
}

if (args.Length > 0 && args[0] == NearDuplicateRecallRunner.Mode)
{
    return NearDuplicateRecallRunner.Run(args[1..]);
}

if (args.Length > 0 && args[0] == GenerationRunner.Mode)
{
    return GenerationRunner.Run(args[1..]);
}

if (args.Length > 0 && args[0] == IngestSplitRunner.Mode)
{
    return IngestSplitRunner.Run(args[1..]);
}

if (args.Length > 0 && args[0] == JsonCorpusRunner.Mode)
{
    return JsonCorpusRunner.Run(args[1..]);
}

if (args.Length > 0 && args[0] == PushSourceRunner.Mode)
{
    return await PushSourceRunner.RunAsync(args[1..]);
}

BenchmarkSwitcher.FromAssembly(typeof(CommunityRunner).Assembly).Run(args);
return 0;
