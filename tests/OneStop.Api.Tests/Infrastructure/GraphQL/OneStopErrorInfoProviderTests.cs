using GraphQL;
using GraphQL.Execution;
using OneStop.Api.Infrastructure.GraphQL;

namespace OneStop.Api.Tests.Infrastructure.GraphQL;

public sealed class OneStopErrorInfoProviderTests
{
    private readonly OneStopErrorInfoProvider _provider = new();

    [Fact]
    public void Unhandled_errors_are_masked_with_a_code_and_the_trace_id()
    {
        var exception = new InvalidOperationException("Connection string Password=secret");
        exception.Data["traceId"] = "4bf92f3577b34da6a3ce929d0e0e4736"; // what the UnhandledExceptionDelegate records
        var info = _provider.GetInfo(new UnhandledError("Error trying to resolve field 'units'.", exception));

        Assert.DoesNotContain("secret", info.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(nameof(InvalidOperationException), info.Message, StringComparison.Ordinal);
        Assert.Contains("4bf92f3577b34da6a3ce929d0e0e4736", info.Message, StringComparison.Ordinal);
        Assert.Equal(OneStopErrorInfoProvider.InternalCode, info.Extensions!["code"]);
        Assert.Equal("4bf92f3577b34da6a3ce929d0e0e4736", info.Extensions["traceId"]);
        Assert.Equal(2, info.Extensions.Count);
    }

    [Fact]
    public void Expected_errors_keep_their_message_and_code()
    {
        var info = _provider.GetInfo(new ExecutionError("`after` is not a valid cursor for this connection.") { Code = "INVALID_CURSOR" });
        Assert.Equal("`after` is not a valid cursor for this connection.", info.Message);
        Assert.Equal("INVALID_CURSOR", info.Extensions!["code"]);
    }

    [Fact]
    public void Exception_details_are_never_exposed()
    {
        var info = _provider.GetInfo(new ExecutionError("Bad input.", new FormatException("inner detail")) { Code = "BAD_USER_INPUT" });
        Assert.Equal("Bad input.", info.Message);
        Assert.DoesNotContain("inner detail", System.Text.Json.JsonSerializer.Serialize(info.Extensions), StringComparison.Ordinal);
    }
}
