using System.Text;
using NetworkGraph.Core.Ingestion.Parsing;

namespace NetworkGraph.Core.Tests.Ingestion.Parsing;

public sealed class IdsTests
{
    [Theory]
    [InlineData("0", 0)]
    [InlineData("1234567890123456789", 1234567890123456789)]
    [InlineData("9223372036854775807", long.MaxValue)]
    public void Uses_canonical_decimal_ids_as_their_own_number(string id, long expected) =>
        Assert.Equal(expected, Ids.CanonicalNumber(Encoding.UTF8.GetBytes(id)));

    [Theory]
    [InlineData("")]
    [InlineData("0123")]
    [InlineData("-5")]
    [InlineData("9223372036854775808")]
    [InlineData("12a")]
    [InlineData("a1a1a1a1a1a1a1a1a1a1a1a1a1a1a1a1a1a1a1a1a1a1a1a1a1a1a1a1a1a1a1a1")]
    public void Refuses_ids_whose_text_a_number_would_not_give_back(string id) =>
        Assert.Equal(-1, Ids.CanonicalNumber(Encoding.UTF8.GetBytes(id)));
}
