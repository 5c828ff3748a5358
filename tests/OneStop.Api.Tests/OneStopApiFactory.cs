using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Time.Testing;

namespace OneStop.Api.Tests;

/// <summary>
/// The real app over a real SQLite file in a temp folder (one per test class), with the demo data seeded and a
/// <see cref="FakeTimeProvider"/> as the clock. Tests talk to it over HTTP and WebSocket only.
/// The demo data is seeded once per test run into a template database that each factory copies, so a test class
/// starts in well under a second instead of seeding (and hashing demo passwords) again.
/// </summary>
public class OneStopApiFactory : WebApplicationFactory<Program>
{
    private static readonly Lazy<string> Template = new(CreateTemplate, LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly string _dir = Path.Combine(Path.GetTempPath(), "onestop-tests", Guid.NewGuid().ToString("N"));
    private readonly Dictionary<string, string> _tokens = [];
    private readonly bool _isTemplate;

    public OneStopApiFactory()
        : this(isTemplate: false)
    {
    }

    private OneStopApiFactory(bool isTemplate) => _isTemplate = isTemplate;

    public FakeTimeProvider Clock { get; } = new(new DateTimeOffset(2026, 11, 26, 2, 0, 0, TimeSpan.Zero));

    public string DatabasePath => Path.Combine(_dir, "onestop.db");

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        Directory.CreateDirectory(_dir);
        if (!_isTemplate && !File.Exists(DatabasePath)) File.Copy(Template.Value, DatabasePath);
        builder.UseEnvironment("Testing");
        builder.UseSetting("ConnectionStrings:OneStop", $"Data Source={DatabasePath}");
        builder.UseSetting("Demo:Enabled", "true");
        builder.UseSetting("Files:Root", Path.Combine(_dir, "files"));
        // No demo dossiers in the shared template: dossier tests count codes and queues from zero.
        // DossierSeedingTests seeds its own (smaller) year.
        builder.UseSetting("Demo:Dossiers", "0");
        builder.UseSetting("Logging:LogLevel:Default", "Warning");
        // Tests scan on purpose (DeadlineScanner.ScanOnceAsync), never on a timer.
        builder.UseSetting("DeadlineAlerts:ScanSeconds", "0");
        builder.ConfigureServices(s => s.Replace(ServiceDescriptor.Singleton<TimeProvider>(Clock)));
        ConfigureMore(builder);
    }

    /// <summary>Extra settings for a derived factory.</summary>
    protected virtual void ConfigureMore(IWebHostBuilder builder)
    {
    }

    /// <summary>A bearer token for a demo account (cached per factory).</summary>
    public async Task<string> TokenAsync(string email)
    {
        lock (_tokens)
            if (_tokens.TryGetValue(email, out var cached)) return cached;
        using var client = CreateClient();
        var response = await client.PostAsJsonAsync("/auth/login", new { email, password = "OneStop@2020" });
        response.EnsureSuccessStatusCode();
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var token = body.RootElement.GetProperty("accessToken").GetString()!;
        lock (_tokens) _tokens[email] = token;
        return token;
    }

    /// <summary>An HTTP client signed in as a demo account (null = anonymous).</summary>
    public async Task<HttpClient> ClientAsync(string? email = null)
    {
        var client = CreateClient();
        if (email is not null) client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", await TokenAsync(email));
        return client;
    }

    private static string CreateTemplate()
    {
        var path = Path.Combine(Path.GetTempPath(), "onestop-tests", $"template-{Environment.ProcessId}-{Guid.NewGuid():N}.db");
        using (var factory = new OneStopApiFactory(isTemplate: true))
        {
            _ = factory.Services;
            using var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={factory.DatabasePath}");
            connection.Open();
            using var command = connection.CreateCommand();
            // Everything into the main file, so one file copy is a complete database.
            command.CommandText = "PRAGMA wal_checkpoint(TRUNCATE);";
            command.ExecuteNonQuery();
            connection.Close();
            File.Copy(factory.DatabasePath, path);
        }
        AppDomain.CurrentDomain.ProcessExit += (_, _) => File.Delete(path);
        return path;
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try { Directory.Delete(_dir, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
    }
}
