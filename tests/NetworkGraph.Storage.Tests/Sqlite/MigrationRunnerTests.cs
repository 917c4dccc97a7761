using Microsoft.Data.Sqlite;
using NetworkGraph.Storage.Sqlite;
using NetworkGraph.Storage.Tests.Support;

namespace NetworkGraph.Storage.Tests.Sqlite;

public sealed class MigrationRunnerTests
{
    private static SqliteConnection Memory()
    {
        var connection = new SqliteConnection("Data Source=:memory:");
        connection.Open();
        return connection;
    }

    private static long Scalar(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return (long)command.ExecuteScalar()!;
    }

    [Fact]
    public void Applies_migrations_in_name_order_and_records_each()
    {
        using var connection = Memory();
        var migrations = Migration.FromScripts([
            ("V002_more.sql", "CREATE TABLE b (x INTEGER); INSERT INTO b SELECT count(*) FROM a;"),
            ("V001_first.sql", "CREATE TABLE a (x INTEGER); INSERT INTO a VALUES (1);"),
        ]);

        var version = new MigrationRunner(migrations, new FakeClock()).Apply(connection);

        Assert.Equal(2, version);
        Assert.Equal(1, Scalar(connection, "SELECT x FROM b"));
        Assert.Equal(2, Scalar(connection, "SELECT count(*) FROM schema_version"));
    }

    [Fact]
    public void Applies_only_the_migrations_added_since_the_last_run()
    {
        using var connection = Memory();
        var first = Migration.FromScripts([("V001_first.sql", "CREATE TABLE a (x INTEGER);")]);
        new MigrationRunner(first, new FakeClock()).Apply(connection);
        var both = Migration.FromScripts([("V001_first.sql", "CREATE TABLE a (x INTEGER);"), ("V002_next.sql", "CREATE TABLE c (y INTEGER);")]);

        var version = new MigrationRunner(both, new FakeClock()).Apply(connection);
        new MigrationRunner(both, new FakeClock()).Apply(connection);

        Assert.Equal(2, version);
        Assert.Equal(2, Scalar(connection, "SELECT count(*) FROM schema_version"));
    }

    [Fact]
    public void Leaves_a_failing_migration_unrecorded_and_its_changes_undone()
    {
        using var connection = Memory();
        var migrations = Migration.FromScripts([("V001_bad.sql", "CREATE TABLE a (x INTEGER); INSERT INTO nowhere VALUES (1);")]);

        Assert.Throws<SqliteException>(() => new MigrationRunner(migrations, new FakeClock()).Apply(connection));

        Assert.Equal(0, Scalar(connection, "SELECT count(*) FROM schema_version"));
        Assert.Equal(0, Scalar(connection, "SELECT count(*) FROM sqlite_master WHERE name = 'a'"));
    }

    [Theory]
    [InlineData("V2_x.sql", "V10_y.sql")]
    [InlineData("V001_x.sql", "V001_y.sql")]
    [InlineData("001_x.sql", "V002_y.sql")]
    public void Refuses_misnamed_or_misordered_migrations(string first, string second) =>
        Assert.Throws<InvalidOperationException>(() => Migration.FromScripts([(first, "SELECT 1;"), (second, "SELECT 1;")]));

    [Fact]
    public void Refuses_a_database_newer_than_the_build()
    {
        using var connection = Memory();
        new MigrationRunner(Migration.FromScripts([("V001_a.sql", "SELECT 1;"), ("V002_b.sql", "SELECT 1;")]), new FakeClock()).Apply(connection);

        var error = Assert.Throws<InvalidOperationException>(() =>
            new MigrationRunner(Migration.FromScripts([("V001_a.sql", "SELECT 1;")]), new FakeClock()).Apply(connection));

        Assert.Contains("newer", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Embeds_v001_first_among_the_store_migrations()
    {
        var embedded = Migration.LoadEmbedded();

        Assert.Equal(1, embedded[0].Version);
        Assert.StartsWith("V001_", embedded[0].Name, StringComparison.Ordinal);
        Assert.Equal(embedded.OrderBy(m => m.Name, StringComparer.Ordinal).Select(m => m.Version), embedded.Select(m => m.Version));
    }
}
