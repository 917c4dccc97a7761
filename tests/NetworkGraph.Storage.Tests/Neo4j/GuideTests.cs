using System.Text.RegularExpressions;
using NetworkGraph.Storage.Neo4j;
using NetworkGraph.Storage.Tests.Neo4j.Support;

namespace NetworkGraph.Storage.Tests.Neo4j;

/// The Browser guide shows the analyst queries: its blocks must be those files, word for word, so they never drift.
public sealed class GuideTests
{
    private static readonly string Guide = File.ReadAllText(Path.Combine(Repository.Cypher, "guide", "networkgraph.md"))
        .ReplaceLineEndings("\n");

    private static List<string> Blocks() =>
        Regex.Matches(Guide, "^```cypher\n(.*?)^```", RegexOptions.Multiline | RegexOptions.Singleline)
            .Select(m => m.Groups[1].Value.TrimEnd('\n'))
            .ToList();

    [Fact]
    public void Every_query_block_is_an_analyst_file_and_every_analyst_file_is_shown()
    {
        var analyst = CypherCatalog.Embedded.Names.Where(n => n.StartsWith("analyst/", StringComparison.Ordinal))
            .ToDictionary(n => CypherCatalog.Embedded.Query(n), n => n);
        var queries = Blocks().Where(b => !b.StartsWith(":param", StringComparison.Ordinal)).ToList();
        Assert.All(queries, q => Assert.True(analyst.ContainsKey(q), "Guide block is not an analyst file:\n" + q));
        Assert.Equal(analyst.Values.Order(), queries.Select(q => analyst[q]).Distinct().Order());
    }

    [Fact]
    public void Sets_every_parameter_its_queries_use_before_the_slide_that_uses_it()
    {
        var set = new HashSet<string>();
        foreach (var block in Blocks())
        {
            var param = Regex.Match(block, @"^:param (\w+) =>");
            if (param.Success)
            {
                set.Add(param.Groups[1].Value);
                continue;
            }

            var used = Regex.Matches(block, @"\$(\w+)").Select(m => m.Groups[1].Value);
            Assert.All(used, p => Assert.True(set.Contains(p), $"${p} is used before a :param sets it"));
        }
    }

    [Fact]
    public void Splits_slides_with_a_line_of_three_dashes()
    {
        var slides = Guide.Split("\n---\n");
        Assert.True(slides.Length >= 8, $"{slides.Length} slides");
        Assert.All(slides, s => Assert.Matches("(?m)^#{1,2} ", s));
    }
}
