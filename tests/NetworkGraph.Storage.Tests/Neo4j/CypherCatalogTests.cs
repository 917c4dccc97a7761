using System.Text.RegularExpressions;
using NetworkGraph.Storage.Neo4j;
using NetworkGraph.Storage.Tests.Neo4j.Support;

namespace NetworkGraph.Storage.Tests.Neo4j;

public sealed class CypherCatalogTests
{
    private static readonly CypherCatalog Catalog = CypherCatalog.Embedded;

    [Fact]
    public void Embeds_every_cypher_file_of_the_repository_under_its_relative_name()
    {
        Assert.Equal(Repository.CypherNames(), Catalog.Names);
        Assert.Contains("write/accounts", Catalog.Names);
        Assert.Contains("analyst/top-flagged-clusters", Catalog.Names);
    }

    [Fact]
    public void Names_resources_Cypher_dot_the_relative_path_with_slashes_kept()
    {
        var resources = typeof(CypherCatalog).Assembly.GetManifestResourceNames()
            .Where(r => r.StartsWith("Cypher.", StringComparison.Ordinal))
            .ToList();
        Assert.Contains("Cypher.schema.cypher", resources);
        Assert.Contains("Cypher.write/co-tweet.cypher", resources);
        Assert.Equal(Repository.CypherNames().Count, resources.Count);
    }

    [Fact]
    public void Returns_the_file_as_written_and_the_query_without_its_comment_lines()
    {
        var file = File.ReadAllText(Path.Combine(Repository.Cypher, "write", "accounts.cypher")).ReplaceLineEndings("\n");
        Assert.Equal(file, Catalog.Source("write/accounts"));
        var query = Catalog.Query("write/accounts");
        Assert.StartsWith("UNWIND $rows AS row\nMERGE (a:Account {id: row.id})", query);
        Assert.DoesNotContain("//", query);
        Assert.DoesNotContain(":param", query);
    }

    [Fact]
    public void Splits_the_schema_into_one_idempotent_statement_per_constraint_or_index()
    {
        var statements = Catalog.Statements("schema");
        Assert.Equal(10, statements.Count);
        Assert.All(statements, s => Assert.Contains("IF NOT EXISTS", s));
        Assert.Contains(statements, s => s.Contains("FOR (a:Account) REQUIRE a.id IS UNIQUE", StringComparison.Ordinal));
        Assert.Contains(statements, s => s.Contains("FOR (p:Post) REQUIRE p.id IS UNIQUE", StringComparison.Ordinal));
        Assert.Contains(statements, s => s.Contains("FOR (s:Snapshot) REQUIRE s.id IS UNIQUE", StringComparison.Ordinal));
        Assert.Contains(statements, s => s.Contains("FOR (c:Cluster) REQUIRE c.id IS UNIQUE", StringComparison.Ordinal));
    }

    [Fact]
    public void Refuses_Query_on_a_file_with_several_statements_and_names_an_unknown_file()
    {
        Assert.Throws<InvalidOperationException>(() => Catalog.Query("schema"));
        var missing = Assert.Throws<KeyNotFoundException>(() => Catalog.Query("write/nothing"));
        Assert.Contains("cypher/write/nothing.cypher", missing.Message);
    }

    [Fact]
    public void Every_query_file_holds_exactly_one_statement()
    {
        Assert.All(Catalog.Names.Where(n => n != "schema"), n => Assert.Single(Catalog.Statements(n)));
    }

    [Fact]
    public void Every_parameter_a_query_uses_is_declared_by_a_param_example_in_its_header()
    {
        foreach (var name in Catalog.Names)
        {
            var source = Catalog.Source(name);
            var declared = Regex.Matches(source, @"^// :param (\w+) =>", RegexOptions.Multiline).Select(m => m.Groups[1].Value).ToHashSet();
            var used = Catalog.Statements(name).SelectMany(q => Regex.Matches(q, @"\$(\w+)")).Select(m => m.Groups[1].Value).ToHashSet();
            Assert.True(used.SetEquals(declared), $"cypher/{name}.cypher uses {string.Join(",", used)} but declares {string.Join(",", declared)}");
        }
    }

    [Theory]
    [InlineData("RETURN 'a;b' AS x; RETURN 2", new[] { "RETURN 'a;b' AS x", "RETURN 2" })]
    [InlineData("// c; d\nRETURN \"x // y\" AS s;\n", new[] { "RETURN \"x // y\" AS s" })]
    [InlineData("MATCH (n:`we;ird`) /* a; b */ RETURN n", new[] { "MATCH (n:`we;ird`)  RETURN n" })]
    [InlineData("RETURN 'it\\'s; fine' AS s", new[] { "RETURN 'it\\'s; fine' AS s" })]
    public void Splits_statements_only_at_semicolons_outside_strings_and_comments(string text, string[] expected)
    {
        Assert.Equal(expected, CypherScript.Split(text));
    }

    [Fact]
    public void Rejects_a_file_with_an_unterminated_string()
    {
        Assert.Throws<FormatException>(() => CypherScript.Split("RETURN 'open"));
    }
}
