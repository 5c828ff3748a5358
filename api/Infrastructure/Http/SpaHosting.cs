using Microsoft.Extensions.FileProviders;

namespace OneStop.Api.Infrastructure.Http;

/// <summary>Serves the built SPA (<c>web/dist</c>, or <c>Spa:Path</c>) with client-side routes falling back to index.html.</summary>
public static class SpaHosting
{
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
        // Procedure codes contain a dot (1.001612), which the default fallback takes for a file name;
        // the public catalogue's deep links (/procedures/1.001612) must still open the SPA.
        app.MapFallbackToFile("procedures/{*path}", "index.html", new StaticFileOptions { FileProvider = files });
    }
}
