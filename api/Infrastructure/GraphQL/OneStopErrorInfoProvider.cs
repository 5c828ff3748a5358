using System.Diagnostics;
using GraphQL;
using GraphQL.Execution;

namespace OneStop.Api.Infrastructure.GraphQL;

/// <summary>
/// Masks unexpected exceptions: the client sees a generic message, code <c>INTERNAL_SERVER_ERROR</c> and the
/// trace id to quote to support; the exception itself goes to the log (see <see cref="GraphQLSetup"/>).
/// </summary>
public sealed class OneStopErrorInfoProvider() : ErrorInfoProvider(new ErrorInfoProviderOptions { ExposeExceptionDetails = false, ExposeCodes = true, ExposeCode = true, ExposeData = false })
{
    public const string InternalCode = "INTERNAL_SERVER_ERROR";

    public override ErrorInfo GetInfo(ExecutionError executionError)
    {
        var info = base.GetInfo(executionError);
        if (executionError is UnhandledError)
        {
            var traceId = Activity.Current?.TraceId.ToString() ?? executionError.Data["traceId"] as string ?? "";
            info.Message = $"An unexpected error occurred. Trace id: {traceId}";
            info.Extensions = new Dictionary<string, object?> { ["code"] = InternalCode, ["traceId"] = traceId };
        }
        return info;
    }
}
