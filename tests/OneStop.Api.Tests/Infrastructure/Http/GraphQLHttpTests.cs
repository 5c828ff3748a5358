using System.Net;
using System.Text;
using System.Text.Json.Nodes;

namespace OneStop.Api.Tests.Infrastructure.Http;

/// <summary>GraphQL over HTTP (2025 text) as our transport speaks it: methods, media types, body checks, status codes.</summary>
public sealed class GraphQLHttpTests(OneStopApiFactory factory) : IClassFixture<OneStopApiFactory>
{
    private const string Json = "application/json";
    private const string GraphQLResponse = "application/graphql-response+json";

    [Fact]
    public async Task Post_json_query_answers_200_with_data()
    {
        using var client = factory.CreateClient();
        using var response = await client.PostQueryAsync("{ __typename }");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json; charset=utf-8", response.Content.Headers.ContentType!.ToString());
        Assert.Equal("""{"data":{"__typename":"Query"}}""", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Get_query_answers_200_with_data()
    {
        using var client = factory.CreateClient();
        using var response = await client.GetQueryAsync("query Q { __typename }");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Query", (await response.JsonAsync())["data"]!["__typename"]!.GetValue<string>());
    }

    [Fact]
    public async Task Get_with_variables_as_a_json_string_is_accepted()
    {
        using var client = factory.CreateClient();
        var query = Uri.EscapeDataString("query Q($code: String!) { __typename }");
        var variables = Uri.EscapeDataString("""{"code":"x"}""");
        using var response = await client.GetAsync($"/graphql?query={query}&variables={variables}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Get_mutation_is_405_with_allow_post()
    {
        using var client = await factory.ClientAsync("admin@onestop.local");
        using var response = await client.GetQueryAsync("""mutation { updateUnit(input: {code: "x", name: "y", expectedVersion: 1}) { unit { code } } }""");
        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.Equal(["POST"], response.Content.Headers.Allow);
        Assert.Equal("METHOD_NOT_ALLOWED", (await response.JsonAsync()).ErrorCode());
    }

    [Fact]
    public async Task Put_is_405_with_allow()
    {
        using var client = factory.CreateClient();
        using var response = await client.PutAsync("/graphql", new StringContent("""{"query":"{ __typename }"}""", Encoding.UTF8, Json));
        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.Contains("POST", response.Content.Headers.Allow);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("text/plain")]
    [InlineData("application/x-www-form-urlencoded")]
    [InlineData("multipart/form-data; boundary=x")]
    [InlineData("application/json; charset=iso-8859-1")]
    [InlineData("application/json; charset=utf-16")]
    public async Task Unsupported_or_missing_content_type_is_415(string? contentType)
    {
        using var client = factory.CreateClient();
        using var response = await client.PostRawAsync("""{"query":"{ __typename }"}""", contentType);
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
        Assert.Equal("UNSUPPORTED_MEDIA_TYPE", (await response.JsonAsync()).ErrorCode());
    }

    [Theory]
    [InlineData("application/json; charset=utf-8")]
    [InlineData("application/json; charset=UTF-8")]
    public async Task Utf8_charset_is_accepted(string contentType)
    {
        using var client = factory.CreateClient();
        using var response = await client.PostRawAsync("""{"query":"{ __typename }"}""", contentType);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Theory]
    [InlineData("{\"query\": ")]                                       // malformed JSON
    [InlineData("")]                                                    // empty body
    [InlineData("""[{"query":"{ __typename }"}]""")]                    // a batch (JSON array)
    [InlineData("\"{ __typename }\"")]                                  // not an object
    [InlineData("""{"query": 1}""")]                                    // query of the wrong type
    [InlineData("""{"query": {"text":"{ __typename }"}}""")]
    [InlineData("""{"query": ["{ __typename }"]}""")]
    [InlineData("""{"qeury": "{ __typename }"}""")]                     // no query
    [InlineData("""{"query": "{ __typename }", "operationName": 7}""")]
    [InlineData("""{"query": "{ __typename }", "variables": "{}"}""")]  // variables not a map
    [InlineData("""{"query": "{ __typename }", "variables": [1]}""")]
    [InlineData("""{"query": "{ __typename }", "extensions": 1}""")]
    public async Task Ill_formed_bodies_are_400_with_a_clear_error(string body)
    {
        using var client = factory.CreateClient();
        using var response = await client.PostRawAsync(body);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var json = await response.JsonAsync();
        Assert.Equal("BAD_REQUEST", json.ErrorCode());
        Assert.False(string.IsNullOrWhiteSpace(json["errors"]![0]!["message"]!.GetValue<string>()));
        Assert.Null(json["data"]);
    }

    [Fact]
    public async Task Body_over_one_mebibyte_is_413()
    {
        using var client = factory.CreateClient();
        var padding = new string(' ', 1024 * 1024);
        using var response = await client.PostRawAsync("""{"query":"{ __typename }","pad":" """ + padding + "\"}");
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal("PAYLOAD_TOO_LARGE", (await response.JsonAsync()).ErrorCode());
    }

    [Theory]
    [InlineData(null, Json)]
    [InlineData("*/*", Json)]
    [InlineData("application/*", Json)]
    [InlineData("text/html", Json)]
    [InlineData(Json, Json)]
    [InlineData(GraphQLResponse, GraphQLResponse)]
    [InlineData("application/graphql-response+json, application/json;q=0.9", GraphQLResponse)]
    [InlineData("application/json, application/graphql-response+json", Json)]
    [InlineData("application/json;q=0.5, application/graphql-response+json", GraphQLResponse)]
    [InlineData("application/graphql-response+json;q=0, application/json", Json)]
    [InlineData("*/*, application/graphql-response+json;q=0.8", GraphQLResponse)]
    public async Task Accept_header_chooses_the_response_media_type(string? accept, string expected)
    {
        using var client = factory.CreateClient();
        using var response = await client.PostQueryAsync("{ __typename }", accept);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(expected, response.MediaType());
        Assert.Equal("utf-8", response.Content.Headers.ContentType!.CharSet);
    }

    [Theory]
    [InlineData(GraphQLResponse, HttpStatusCode.BadRequest)]
    [InlineData(Json, HttpStatusCode.OK)]
    public async Task Validation_error_status_depends_on_media_type(string accept, HttpStatusCode expected)
    {
        using var client = factory.CreateClient();
        using var response = await client.PostQueryAsync("{ noSuchField }", accept);
        Assert.Equal(expected, response.StatusCode);
        var json = await response.JsonAsync();
        Assert.Equal("FIELDS_ON_CORRECT_TYPE", json.ErrorCode());
        Assert.False(json.AsObject().ContainsKey("data"));
    }

    [Theory]
    [InlineData(GraphQLResponse, HttpStatusCode.BadRequest)]
    [InlineData(Json, HttpStatusCode.OK)]
    public async Task Syntax_error_status_depends_on_media_type(string accept, HttpStatusCode expected)
    {
        using var client = factory.CreateClient();
        using var response = await client.PostQueryAsync("{ __typename", accept);
        Assert.Equal(expected, response.StatusCode);
        Assert.Equal("SYNTAX_ERROR", (await response.JsonAsync()).ErrorCode());
    }

    [Theory]
    [InlineData(GraphQLResponse, HttpStatusCode.Unauthorized)]
    [InlineData(Json, HttpStatusCode.OK)]
    public async Task Unauthenticated_field_status_depends_on_media_type(string accept, HttpStatusCode expected)
    {
        using var client = factory.CreateClient();
        using var response = await client.PostQueryAsync("{ units(first: 1) { totalCount } }", accept);
        Assert.Equal(expected, response.StatusCode);
        Assert.Equal("UNAUTHENTICATED", (await response.JsonAsync()).ErrorCode());
    }

    [Theory]
    [InlineData(GraphQLResponse, HttpStatusCode.Forbidden)]
    [InlineData(Json, HttpStatusCode.OK)]
    public async Task Forbidden_mutation_status_depends_on_media_type(string accept, HttpStatusCode expected)
    {
        using var client = await factory.ClientAsync("specialist.tamky@onestop.local");
        using var response = await client.PostQueryAsync(
            """mutation { updateUnit(input: {code: "x", name: "y", expectedVersion: 1}) { unit { code } } }""", accept);
        Assert.Equal(expected, response.StatusCode);
        Assert.Equal("FORBIDDEN", (await response.JsonAsync()).ErrorCode());
    }

    [Theory]
    [InlineData("Bearer not-a-token")]
    [InlineData("Bearer ")]
    [InlineData("Basic YWRtaW46eA==")]
    public async Task Invalid_credentials_are_401_with_www_authenticate(string authorization)
    {
        using var client = factory.CreateClient();
        client.DefaultRequestHeaders.TryAddWithoutValidation("Authorization", authorization);
        using var response = await client.PostQueryAsync("{ __typename }");
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Contains("Bearer", response.Headers.WwwAuthenticate.ToString(), StringComparison.Ordinal);
        Assert.Equal("UNAUTHENTICATED", (await response.JsonAsync()).ErrorCode());
    }

    [Fact]
    public async Task Introspection_is_refused_anonymously()
    {
        using var client = factory.CreateClient();
        var body = await client.GraphQLAsync("{ __schema { queryType { name } } }");
        Assert.Equal("UNAUTHENTICATED", body.ErrorCode());
        Assert.Contains("Introspection", body["errors"]![0]!["message"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Introspection_is_allowed_when_signed_in()
    {
        using var client = await factory.ClientAsync("specialist.tamky@onestop.local");
        var data = await client.DataAsync("""{ __schema { queryType { name } } __type(name: "Run🏃Swim🏊") { name } }""");
        Assert.Equal("Query", data["__schema"]!["queryType"]!["name"]!.GetValue<string>());
        Assert.Null(data["__type"]);
    }

    [Fact]
    public async Task Depth_over_the_limit_is_rejected_with_a_clear_error()
    {
        using var client = await factory.ClientAsync("admin@onestop.local");
        var nested = "{ code }";
        for (var i = 0; i < OneStop.Api.Infrastructure.GraphQL.GraphQLSetup.MaxDepth; i++) nested = "{ parent " + nested + " }";
        var body = await client.GraphQLAsync("{ unit(code: \"x\") " + nested + " }");
        Assert.Null(body["data"]);
        var message = body["errors"]![0]!["message"]!.GetValue<string>();
        Assert.Contains("depth", message, StringComparison.OrdinalIgnoreCase);
        Assert.Equal("COMPLEXITY", body.ErrorCode());
    }

    [Fact]
    public async Task Complexity_over_the_limit_is_rejected_with_a_clear_error()
    {
        using var client = await factory.ClientAsync("admin@onestop.local");
        var body = await client.GraphQLAsync("""
            { a: units(first: 100) { nodes { children { children { children { code name } } } } }
              b: units(first: 100) { nodes { children { children { children { code name } } } } } }
            """);
        Assert.Null(body["data"]);
        Assert.Contains("complexity", body["errors"]![0]!["message"]!.GetValue<string>(), StringComparison.OrdinalIgnoreCase);
        Assert.Equal("COMPLEXITY", body.ErrorCode());
    }

    [Fact]
    public async Task Unknown_operation_name_is_an_error()
    {
        using var client = factory.CreateClient();
        using var response = await client.PostRawAsync("""{"query":"query A { __typename } query B { __typename }","operationName":"C"}""");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var json = await response.JsonAsync();
        Assert.Null(json["data"]);
        Assert.Contains("C", json["errors"]![0]!["message"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Named_operation_is_selected_from_several()
    {
        using var client = factory.CreateClient();
        using var response = await client.PostRawAsync("""{"query":"query A { a: __typename } query B { b: __typename }","operationName":"B"}""");
        Assert.Equal("""{"data":{"b":"Query"}}""", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Subscription_over_post_is_400()
    {
        using var client = await factory.ClientAsync("admin@onestop.local");
        using var response = await client.PostQueryAsync("subscription { unitChanged { code } }");
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("SUBSCRIPTION_OVER_HTTP", (await response.JsonAsync()).ErrorCode());
    }

    [Theory]
    [InlineData("""{"query": 1}""")]
    [InlineData("""{"query": "{ unit(code: 5) { code } }"}""")]
    [InlineData("""{"query": "query($f: Int) { units(first: $f) { totalCount } }", "variables": {"f": "many"}}""")]
    [InlineData("""{"query": "query($id: ID!) { node(id: $id) { id } }", "variables": {"id": {"x": 1}}}""")]
    [InlineData("""{"query": "{ units(first: 1, after: \"bm90LWpzb24=\") { totalCount } }"}""")]
    [InlineData("{\"query\": \"{ __typename }\", \"variables\": {\"a\": ")]
    public async Task Responses_never_show_stack_traces_or_exception_types(string body)
    {
        using var client = await factory.ClientAsync("admin@onestop.local");
        using var response = await client.PostRawAsync(body);
        var text = await response.Content.ReadAsStringAsync();
        Assert.DoesNotContain("Exception", text, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", text, StringComparison.Ordinal);
        Assert.DoesNotContain(".cs:line", text, StringComparison.Ordinal);
        Assert.NotNull(JsonNode.Parse(text)!["errors"]);
    }
}
