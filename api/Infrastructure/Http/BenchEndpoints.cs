namespace OneStop.Api.Infrastructure.Http;

/// <summary>
/// A bare ASP.NET Core endpoint answering what <c>{ __typename }</c> answers, mapped only when
/// <c>Bench:BareEndpoint=true</c>. The benchmark (bench/run.mjs) divides GraphQL throughput by this one, measured
/// in the same run on the same machine, so the GraphQL overhead is a ratio rather than a machine-dependent number.
/// </summary>
public static class BenchEndpoints
{
    private static readonly byte[] Body = """{"data":{"__typename":"Query"}}"""u8.ToArray();

    public static void MapBenchEndpoints(this WebApplication app)
    {
        if (!app.Configuration.GetValue("Bench:BareEndpoint", false)) return;
        app.MapMethods("/bench/bare", [HttpMethods.Get, HttpMethods.Post], async (HttpContext http) =>
        {
            http.Response.ContentType = MediaTypes.Json + "; charset=utf-8";
            http.Response.ContentLength = Body.Length;
            await http.Response.Body.WriteAsync(Body, http.RequestAborted);
        }).ExcludeFromDescription();
    }
}
