using Commerce.BuildingBlocks.Api.Http;
using Commerce.BuildingBlocks.Application.Errors;

namespace Commerce.BuildingBlocks.UnitTests;

public class IfMatchTests
{
    [Theory]
    [InlineData(null, null)]
    [InlineData("", null)]
    [InlineData("*", null)]
    [InlineData("\"7\"", 7L)]
    [InlineData(" W/\"12\" ", 12L)]
    public void An_etag_this_api_returned_or_none_is_read(string? header, long? version) =>
        IfMatch.Parse(header).Version.Should().Be(version);

    [Theory]
    [InlineData("7")]
    [InlineData("\"\"")]
    [InlineData("\"-1\"")]
    [InlineData("\"99999999999999999999\"")]
    [InlineData("yesterday")]
    public void Anything_else_is_refused_with_its_code(string header) =>
        ((Action)(() => IfMatch.Parse(header))).Should().Throw<InvalidInputException>().Which.Code.Should().Be("invalid_if_match");
}
