using System.Diagnostics;

namespace NetworkGraph.Bolt.Tests.Crosscheck;

/// Drives every scenario with the official neo4j JavaScript driver: if it completes them, the stub speaks real Bolt.
/// Node spends most of its start-up waiting on file reads, so the scenarios are split over eight test classes
/// that xunit runs in parallel. Without `npm ci` the theories are skipped with a message (on CI they fail instead).
public static class OfficialDriverCrosscheck
{
    public const int Parts = 8;

    public static TheoryData<string> Part(int part) =>
        new(Scenarios.All().Where((_, i) => i % Parts == part));

    public static async Task RunAsync(string scenario)
    {
        var folder = OfficialDriverTheoryAttribute.Folder;
        Assert.True(OfficialDriverTheoryAttribute.IsInstalled,
            $"The official driver is not installed: run `npm ci` in {folder} before `dotnet test`.");

        await using var stub = await StubServer.StartAsync(scenario);
        var (exitCode, output) = await RunNodeAsync(folder, stub.Port, scenario);
        var problems = "";
        try
        {
            await stub.AssertCompletedAsync(Patience.Limit);
        }
        catch (Xunit.Sdk.XunitException ex)
        {
            problems = ex.Message;
        }

        Assert.True(exitCode == 0 && problems.Length == 0,
            $"node exited {exitCode}:\n{output}\n{problems}\nTranscript:\n  {stub.Transcript}");
    }

    private static async Task<(int ExitCode, string Output)> RunNodeAsync(string folder, int port, string scenario)
    {
        var start = new ProcessStartInfo("node", ["run-scenario.js", port.ToString(System.Globalization.CultureInfo.InvariantCulture), scenario])
        {
            WorkingDirectory = folder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var process = Process.Start(start) ?? throw new InvalidOperationException("Cannot start node.");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(Patience.Limit);
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            return (-1, $"node did not finish within {Patience.Limit.TotalSeconds} s\n" + await stdout + await stderr);
        }

        return (process.ExitCode, await stdout + await stderr);
    }
}

public sealed class OfficialDriverCrosscheckPart0
{
    public static TheoryData<string> Scenarios => OfficialDriverCrosscheck.Part(0);

    [OfficialDriverTheory]
    [MemberData(nameof(Scenarios))]
    public Task The_official_javascript_driver_completes_the_scenario(string scenario) => OfficialDriverCrosscheck.RunAsync(scenario);
}

public sealed class OfficialDriverCrosscheckPart1
{
    public static TheoryData<string> Scenarios => OfficialDriverCrosscheck.Part(1);

    [OfficialDriverTheory]
    [MemberData(nameof(Scenarios))]
    public Task The_official_javascript_driver_completes_the_scenario(string scenario) => OfficialDriverCrosscheck.RunAsync(scenario);
}

public sealed class OfficialDriverCrosscheckPart2
{
    public static TheoryData<string> Scenarios => OfficialDriverCrosscheck.Part(2);

    [OfficialDriverTheory]
    [MemberData(nameof(Scenarios))]
    public Task The_official_javascript_driver_completes_the_scenario(string scenario) => OfficialDriverCrosscheck.RunAsync(scenario);
}

public sealed class OfficialDriverCrosscheckPart3
{
    public static TheoryData<string> Scenarios => OfficialDriverCrosscheck.Part(3);

    [OfficialDriverTheory]
    [MemberData(nameof(Scenarios))]
    public Task The_official_javascript_driver_completes_the_scenario(string scenario) => OfficialDriverCrosscheck.RunAsync(scenario);
}

public sealed class OfficialDriverCrosscheckPart4
{
    public static TheoryData<string> Scenarios => OfficialDriverCrosscheck.Part(4);

    [OfficialDriverTheory]
    [MemberData(nameof(Scenarios))]
    public Task The_official_javascript_driver_completes_the_scenario(string scenario) => OfficialDriverCrosscheck.RunAsync(scenario);
}

public sealed class OfficialDriverCrosscheckPart5
{
    public static TheoryData<string> Scenarios => OfficialDriverCrosscheck.Part(5);

    [OfficialDriverTheory]
    [MemberData(nameof(Scenarios))]
    public Task The_official_javascript_driver_completes_the_scenario(string scenario) => OfficialDriverCrosscheck.RunAsync(scenario);
}

public sealed class OfficialDriverCrosscheckPart6
{
    public static TheoryData<string> Scenarios => OfficialDriverCrosscheck.Part(6);

    [OfficialDriverTheory]
    [MemberData(nameof(Scenarios))]
    public Task The_official_javascript_driver_completes_the_scenario(string scenario) => OfficialDriverCrosscheck.RunAsync(scenario);
}

public sealed class OfficialDriverCrosscheckPart7
{
    public static TheoryData<string> Scenarios => OfficialDriverCrosscheck.Part(7);

    [OfficialDriverTheory]
    [MemberData(nameof(Scenarios))]
    public Task The_official_javascript_driver_completes_the_scenario(string scenario) => OfficialDriverCrosscheck.RunAsync(scenario);
}
