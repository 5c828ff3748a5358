namespace OneStop.Api.Infrastructure.Http;

public static class GraphQLWebSocketEndpoint
{
    public static Task HandleAsync(HttpContext http)
    {
        http.Response.StatusCode = StatusCodes.Status400BadRequest;
        return Task.CompletedTask;
    }
}
