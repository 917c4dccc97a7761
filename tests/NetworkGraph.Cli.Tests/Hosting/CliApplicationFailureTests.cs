using NetworkGraph.Cli.Hosting;
using NetworkGraph.Cli.Tests.Commands.Neo4j;
using NetworkGraph.Cli.Tests.Support;

namespace NetworkGraph.Cli.Tests.Hosting;

/// <summary>Makes commands fail in each way a user meets and reads what they say on stderr.</summary>
[Collection(SerialCliCollection.Name)]
public sealed class CliApplicationFailureTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("ng-failure-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public async Task A_file_that_is_not_SQLite_given_as_db_fails_with_one_line_naming_it()
    {
        var db = Path.Combine(_dir, "notes.db");
        await File.WriteAllTextAsync(db, "these are my notes, not a store\n");

        var (code, lines) = await RunAsync("analyze", "--db", db);

        Assert.Equal(ExitCodes.Failure, code);
        Assert.Equal([$"error: the file is not a SQLite store (wrong --db?), {db}"], lines);
    }

    [Fact]
    public async Task A_truncated_store_fails_with_one_line_saying_it_is_damaged()
    {
        var db = await StoreAsync("truncated.db");
        await using (var file = new FileStream(db, FileMode.Open))
        {
            file.SetLength(file.Length / 3);
        }

        var (code, lines) = await RunAsync("analyze", "--db", db);

        Assert.Equal(ExitCodes.Failure, code);
        Assert.Equal([$"error: the store is damaged (SQLite: database disk image is malformed): restore it from a backup or ingest again into a new one, {db}"], lines);
    }

    [Fact]
    public async Task A_store_with_a_damaged_schema_page_fails_with_one_line_saying_it_is_damaged()
    {
        var db = await StoreAsync("corrupt.db");
        await using (var file = new FileStream(db, FileMode.Open))
        {
            file.Position = 100; // the header stays; the schema's b-tree page after it is overwritten
            file.Write(Enumerable.Repeat((byte)0xA5, 4000).ToArray());
        }

        var (code, lines) = await RunAsync("snapshot", "list", "--db", db);

        Assert.Equal(ExitCodes.Failure, code);
        Assert.Equal([$"error: the store is damaged (SQLite: database disk image is malformed): restore it from a backup or ingest again into a new one, {db}"], lines);
    }

    [Fact]
    public async Task A_folder_given_as_db_is_named_by_reading_and_by_writing_commands()
    {
        var folder = Directory.CreateDirectory(Path.Combine(_dir, "store.db")).FullName;
        var input = Path.Combine(_dir, "shares.csv");
        await File.WriteAllTextAsync(input, "object_id,account_id,content_id,timestamp_share\n1,a,x,1700000000\n");

        var (analyzeCode, analyzeLines) = await RunAsync("analyze", "--db", folder);
        var (ingestCode, ingestLines) = await RunAsync("ingest", input, "--db", folder);

        Assert.Equal(ExitCodes.BadUsage, analyzeCode);
        Assert.Equal($"error: --db {folder} is a folder, not a store file", analyzeLines[0]);
        Assert.Equal(ExitCodes.Failure, ingestCode);
        Assert.Equal([$"error: the store path is a folder, not a store file, {folder}"], ingestLines);
    }

    [Fact]
    public async Task An_input_file_that_cannot_be_read_is_named()
    {
        // Reading /proc/self/mem from offset 0 fails with EIO for any user, root included (chmod would not stop root).
        const string unreadable = "/proc/self/mem";
        var db = await StoreAsync("small.db");

        var (code, lines) = await RunAsync("analyze", "--db", db, "--profile", unreadable);

        Assert.Equal(ExitCodes.Failure, code);
        Assert.Equal([$"error: Input/output error, {unreadable}"], lines);
    }

    [Fact]
    public async Task An_out_folder_that_cannot_be_created_is_named()
    {
        var file = Path.Combine(_dir, "a-file");
        await File.WriteAllTextAsync(file, "x");
        var output = Path.Combine(file, "scenario");

        var (code, lines) = await RunAsync("generate", "--out", output, "--posts", "1000", "--organic", "100", "--operation", "10");

        Assert.Equal(ExitCodes.Failure, code);
        Assert.Equal([$"error: a folder on the path is missing or is a file, {output}"], lines);
    }

    [Fact]
    public async Task A_profile_that_is_not_JSON_stops_the_analysis_with_one_line_naming_the_file()
    {
        var db = await StoreAsync("small.db");
        var profile = Path.Combine(_dir, "profile.json");
        await File.WriteAllTextAsync(profile, "account_id,role\nu1,operation\n");

        var (code, lines) = await RunAsync("analyze", "--db", db, "--profile", profile);

        Assert.Equal(ExitCodes.Failure, code);
        var line = Assert.Single(lines);
        Assert.StartsWith("error: not a valid analysis profile (line 0, field '': Unexpected character", line, StringComparison.Ordinal);
        Assert.EndsWith($"), {profile}", line, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Verbose_adds_the_stack_trace_after_the_error_line()
    {
        var db = Path.Combine(_dir, "notes.db");
        await File.WriteAllTextAsync(db, "not a store");

        var (code, lines) = await RunAsync("analyze", "--verbose", "--db", db);

        Assert.Equal(ExitCodes.Failure, code);
        Assert.Equal($"error: the file is not a SQLite store (wrong --db?), {db}", lines[0]);
        Assert.StartsWith("Microsoft.Data.Sqlite.SqliteException", lines[1], StringComparison.Ordinal);
        Assert.Contains(lines, l => l.TrimStart().StartsWith("at NetworkGraph.Storage.Sqlite.SqliteStore.Open", StringComparison.Ordinal));
    }

    private async Task<string> StoreAsync(string name)
    {
        var db = Path.Combine(_dir, name);
        await using (await SmallStore.CreateAsync(db))
        {
        }

        return db;
    }

    private static async Task<(int Code, string[] Lines)> RunAsync(params string[] args)
    {
        using var errors = new StringWriter();
        var code = await CliApplication.RunAsync(args, errors);
        return (code, errors.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
    }
}
