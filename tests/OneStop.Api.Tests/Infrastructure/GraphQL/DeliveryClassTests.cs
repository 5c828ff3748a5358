using System.Security.Claims;
using GraphQL;
using OneStop.Api.Infrastructure.GraphQL;

namespace OneStop.Api.Tests.Infrastructure.GraphQL;

public sealed class DeliveryClassTests
{
    private const string Query = "subscription($k: [DeadlineAlertKind!]) { deadlineAlerts(kinds: $k) { id } }";

    private static ClaimsPrincipal User(string id, string role, string unitPath, string jti) => new(new ClaimsIdentity(
        [new(ClaimTypes.NameIdentifier, id), new(ClaimTypes.Role, role), new("onestop:unit_path", unitPath), new("jti", jti), new("iat", jti)], "Bearer"));

    private static DeliveryClass? Of(ClaimsPrincipal? user, object? variables = null, string lang = "vi") => DeliveryClass.Of(new ExecutionOptions
    {
        Query = Query,
        User = user,
        Variables = variables is null ? null : new global::GraphQL.SystemTextJson.GraphQLSerializer().Deserialize<Inputs>(System.Text.Json.JsonSerializer.Serialize(variables)),
        UserContext = new Dictionary<string, object?> { [RequestLanguage.Key] = lang },
    });

    [Fact]
    public void Two_tokens_of_one_user_with_equal_variables_share_a_class()
    {
        var a = Of(User("u1", "Leader", "/1/4/", "t1"), new { k = new[] { "OVERDUE" }, x = new { b = 1, a = "s" } });
        var b = Of(User("u1", "Leader", "/1/4/", "t2"), new { x = new { a = "s", b = 1 }, k = new[] { "OVERDUE" } });
        Assert.NotNull(a);
        Assert.Equal(a, b);
    }

    [Fact]
    public void Role_unit_user_variables_and_language_each_make_another_class()
    {
        var baseline = Of(User("u1", "Leader", "/1/4/", "t1"), new { k = new[] { "OVERDUE" } });
        Assert.NotEqual(baseline, Of(User("u1", "Analyst", "/1/4/", "t1"), new { k = new[] { "OVERDUE" } }));
        Assert.NotEqual(baseline, Of(User("u1", "Leader", "/1/5/", "t1"), new { k = new[] { "OVERDUE" } }));
        Assert.NotEqual(baseline, Of(User("u2", "Leader", "/1/4/", "t1"), new { k = new[] { "OVERDUE" } }));
        Assert.NotEqual(baseline, Of(User("u1", "Leader", "/1/4/", "t1"), new { k = new[] { "DUE_SOON" } }));
        Assert.NotEqual(baseline, Of(User("u1", "Leader", "/1/4/", "t1"), new { k = new[] { "OVERDUE" } }, "en"));
        Assert.NotEqual(baseline, Of(null, new { k = new[] { "OVERDUE" } }));
        Assert.NotEqual(Of(null, new { k = "1" }), Of(null, new { k = 1 }));
    }
}
