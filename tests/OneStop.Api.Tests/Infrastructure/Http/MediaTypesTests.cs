using Microsoft.Extensions.Primitives;
using OneStop.Api.Infrastructure.Http;

namespace OneStop.Api.Tests.Infrastructure.Http;

public sealed class MediaTypesTests
{
    private const string Json = MediaTypes.Json;
    private const string Gql = MediaTypes.GraphQLResponse;

    public static TheoryData<string?[], string> AcceptCases => new()
    {
        { [], Json },                                                           // no Accept (80D8)
        { [""], Json },
        { ["*/*"], Json },                                                      // wildcard (47DE)
        { ["application/*"], Json },
        { ["text/html"], Json },                                                // nothing we serve: ignore, no 406
        { ["not a media type;;"], Json },                                       // unparseable
        { [Json], Json },
        { [Gql], Gql },
        { ["APPLICATION/GRAPHQL-RESPONSE+JSON"], Gql },
        { [$"{Gql}, {Json}"], Gql },                                            // client order on ties
        { [$"{Json}, {Gql}"], Json },
        { [$"{Json};q=0.5, {Gql}"], Gql },                                      // higher q wins
        { [$"{Gql};q=0.2, {Json};q=0.9"], Json },
        { [$"{Gql};q=0, {Json}"], Json },                                       // q=0: not acceptable
        { [$"{Gql};q=0"], Json },
        { [$"*/*, {Gql};q=0.5"], Gql },                                         // only named types count
        { [$"text/html, {Gql};q=0.9, */*;q=0.8"], Gql },                        // browser-like
        { ["application/graphql-response+jsonx"], Json },                       // no prefix tricks
        { ["text/html", Gql], Gql },                                            // several header lines
    };

    [Theory]
    [MemberData(nameof(AcceptCases))]
    public void Chooses_the_response_media_type(string?[] accept, string expected) =>
        Assert.Equal(expected, MediaTypes.ChooseResponseType(new StringValues(accept)));

    [Theory]
    [InlineData("application/json", true)]
    [InlineData("application/json; charset=utf-8", true)]
    [InlineData("Application/JSON; charset=\"UTF-8\"", true)]
    [InlineData("application/json; charset=latin1", false)]
    [InlineData("application/graphql-response+json", false)]
    [InlineData("text/plain", false)]
    [InlineData("", false)]
    [InlineData(null, false)]
    public void Accepts_only_utf8_json_request_bodies(string? contentType, bool expected) =>
        Assert.Equal(expected, MediaTypes.IsJsonRequest(contentType));

    [Fact]
    public void Content_type_always_carries_the_charset()
    {
        Assert.Equal("application/json; charset=utf-8", MediaTypes.WithCharset(Json));
        Assert.Equal("application/graphql-response+json; charset=utf-8", MediaTypes.WithCharset(Gql));
    }
}
