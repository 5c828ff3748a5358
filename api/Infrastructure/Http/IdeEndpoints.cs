using Microsoft.Extensions.FileProviders;

namespace OneStop.Api.Infrastructure.Http;

/// <summary>
/// Banana Cake Pop (npm <c>@chillicream/bananacakepop-graphql-ide</c>, ChilliCream License 1.0, served unmodified
/// with its LICENSE) at <c>/graphql/</c> for browsers. Its index.html uses relative asset paths, so
/// <c>/graphql</c> redirects to <c>/graphql/</c> (TECH.md §8).
/// </summary>
public static class IdeEndpoints
{
    /// <summary>Folder of the npm package; <c>Ide:Path</c> overrides it, <c>Ide:Enabled=false</c> turns the IDE off.</summary>
    public static string? PackageDirectory(IConfiguration config, IWebHostEnvironment env)
    {
        if (!config.GetValue("Ide:Enabled", true)) return null;
        var configured = config["Ide:Path"] ?? "../node_modules/@chillicream/bananacakepop-graphql-ide";
        var full = Path.GetFullPath(configured, env.ContentRootPath);
        return File.Exists(Path.Combine(full, "index.html")) ? full : null;
    }

    public static void UseGraphQLIde(this WebApplication app)
    {
        var dir = PackageDirectory(app.Configuration, app.Environment);
        if (dir is null) return;
        app.UseStaticFiles(new StaticFileOptions
        {
            RequestPath = "/graphql",
            FileProvider = new PhysicalFileProvider(dir),
            OnPrepareResponse = ctx =>
            {
                // The IDE registers a cache-first service worker: never cache the worker itself, so upgrades apply.
                if (ctx.File.Name is "service-worker.js" or "index.html") ctx.Context.Response.Headers.CacheControl = "no-cache";
            },
        });
        app.MapGet("/graphql/bcp-config.json", () => Results.Json(new
        {
            title = "OneStop",
            useBrowserUrlAsEndpoint = true,
            endpoint = "/graphql",
            subscriptionProtocol = "graphql-transport-ws",
            includeCookies = true,
            disableTelemetry = true,
            graphQLDocument = "query Me {\n  me { fullName roles unit { code name } }\n}\n",
        })).ExcludeFromDescription();
    }

    /// <summary>A browser GET asking for a page, with no GraphQL parameters.</summary>
    public static bool WantsIde(HttpRequest request) =>
        MediaTypes.AcceptsHtml(request.Headers.Accept)
        && !request.Query.ContainsKey("query") && !request.Query.ContainsKey("documentId") && !request.Query.ContainsKey("extensions");

    public static async Task ServeIndexAsync(HttpContext http)
    {
        var dir = PackageDirectory(http.RequestServices.GetRequiredService<IConfiguration>(), http.RequestServices.GetRequiredService<IWebHostEnvironment>());
        if (dir is null)
        {
            http.Response.StatusCode = StatusCodes.Status404NotFound;
            await http.Response.WriteAsync("The GraphQL IDE is not installed or is disabled (Ide:Enabled).");
            return;
        }
        if (!http.Request.Path.Value!.EndsWith('/'))
        {
            http.Response.StatusCode = StatusCodes.Status301MovedPermanently;
            http.Response.Headers.Location = "/graphql/" + http.Request.QueryString;
            return;
        }
        http.Response.ContentType = "text/html; charset=utf-8";
        http.Response.Headers.CacheControl = "no-cache";
        await http.Response.SendFileAsync(Path.Combine(dir, "index.html"));
    }
}
