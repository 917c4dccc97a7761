namespace NetworkGraph.Bolt.Tests.Support;

public sealed class ScriptValueTests
{
    [Fact]
    public void Matches_a_run_message_against_its_pattern()
    {
        var pattern = ScriptValue.ParseAll("\"RETURN $x AS n\" {\"x\": 1} {\"db\": \"neo4j\"}");
        var bytes = StubCodec.Encode(new RawStruct(0x10, ["RETURN $x AS n", new Dictionary<string, object?> { ["x"] = 1L },
            new Dictionary<string, object?> { ["db"] = "neo4j" }]));
        var actual = (RawStruct)StubCodec.Decode(bytes)!;
        for (var i = 0; i < 3; i++)
        {
            Assert.True(ScriptValue.Matches(pattern[i], actual.Fields[i]), $"field {i}: {ScriptValue.Render(pattern[i])} vs {StubCodec.Render(actual.Fields[i])}");
        }
    }
}
