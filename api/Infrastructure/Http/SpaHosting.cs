using Microsoft.Extensions.FileProviders;

namespace OneStop.Api.Infrastructure.Http;

/// <summary>Serves the built SPA (<c>web/dist</c>, or <c>Spa:Path</c>) with client-side routes falling back to index.html.</summary>
public static class SpaHosting
{
    private static readonly string[] DottedClientRoutes = ["procedures/{*path}", "dossiers/{*path}", "lookup/{*path}", "danh-gia/{*path}"];

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
        app.MapFallbackToFile("index.html", new StaticFileOptions { FileProvider = files });
        // The default fallback skips paths whose last segment looks like a file name, but procedure codes (1.001612)
        // and receipt codes (000.00.21.H47-260105-0001) contain dots: their client routes still open the SPA.
        foreach (var route in DottedClientRoutes)
            app.MapFallbackToFile(route, "index.html", new StaticFileOptions { FileProvider = files });
    }
}
