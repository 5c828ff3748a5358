using Microsoft.Extensions.FileProviders;

namespace OneStop.Api.Infrastructure.Http;

/// <summary>Serves the built SPA (<c>web/dist</c>, or <c>Spa:Path</c>) with client-side routes falling back to index.html.</summary>
public static class SpaHosting
{
    private static readonly string[] ApiPrefixes = ["/graphql", "/auth", "/files", "/reports", "/bench", "/health"];

    public static void UseSpa(this WebApplication app)
    {
        var dir = Path.GetFullPath(app.Configuration["Spa:Path"] ?? "../web/dist", app.Environment.ContentRootPath);
        if (!File.Exists(Path.Combine(dir, "index.html"))) return;
        var files = new PhysicalFileProvider(dir);
        app.UseStaticFiles(new StaticFileOptions
        {
            FileProvider = files,
            OnPrepareResponse = ctx =>
            {
                // Hashed assets are immutable; index.html must be revalidated so a new build is picked up.
                ctx.Context.Response.Headers.CacheControl = ctx.File.Name == "index.html" ? "no-cache" : "public, max-age=31536000, immutable";
            },
        });
        // Every other GET is a client-side route, including ones whose last segment has a dot (procedure codes like
        // 1.001612, receipt codes like 000.00.21.H47-260105-0001), which the default "nonfile" fallback would 404.
        // Unknown API paths keep answering 404.
        var index = Path.Combine(dir, "index.html");
        app.MapFallback("{*path}", async http =>
        {
            var path = http.Request.Path;
            if (!HttpMethods.IsGet(http.Request.Method) || ApiPrefixes.Any(p => path.StartsWithSegments(p, StringComparison.OrdinalIgnoreCase)))
            {
                http.Response.StatusCode = StatusCodes.Status404NotFound;
                return;
            }
            http.Response.ContentType = "text/html; charset=utf-8";
            http.Response.Headers.CacheControl = "no-cache";
            await http.Response.SendFileAsync(index);
        });
    }
}
