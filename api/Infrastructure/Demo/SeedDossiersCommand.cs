using System.Diagnostics;
using System.Globalization;

namespace OneStop.Api.Infrastructure.Demo;

/// <summary>
/// <c>dotnet run --project api -c Release -- seed-dossiers --count 1000000 --db /tmp/bench.db</c>: migrates the database,
/// seeds the demo data if missing (units, catalogue, the 2020 year), then copies the year set-based until <c>--count</c>
/// dossiers exist (<see cref="DossierSeeder.SeedBulkAsync"/>), with a progress bar. Used to prepare the benchmark's 1,000,000-dossier database.
/// </summary>
public static class SeedDossiersCommand
{
    public const string Name = "seed-dossiers";

    public static bool Matches(string[] args) => args.Length > 0 && args[0] == Name;

    /// <summary>Turns the command's options into configuration for the host builder.</summary>
    public static string[] ToConfiguration(string[] args)
    {
        var config = new List<string> { "--Demo:Enabled=true", "--Logging:LogLevel:Default=Warning" };
        for (var i = 1; i < args.Length; i++)
        {
            var value = i + 1 < args.Length ? args[i + 1] : "";
            switch (args[i])
            {
                case "--count": config.Add($"--Seed:Count={value}"); i++; break;
                case "--db": config.Add($"--ConnectionStrings:OneStop=Data Source={value}"); i++; break;
                default: config.Add(args[i]); break;
            }
        }
        return [.. config];
    }

    public static async Task RunAsync(WebApplication app)
    {
        var count = app.Configuration.GetValue("Seed:Count", 1_000_000);
        // Timed from the process start: migrations and the demo year (generated dossier by dossier) count too.
        var started = Process.GetCurrentProcess().StartTime.ToUniversalTime();
        TimeSpan Elapsed() => DateTime.UtcNow - started;
        await using var scope = app.Services.CreateAsyncScope();
        var seeder = scope.ServiceProvider.GetRequiredService<DossierSeeder>();
        await seeder.SeedBulkAsync(count, (written, total) => Bar(written, total, Elapsed()),
            (index, indexes) => Console.Write(string.Create(CultureInfo.InvariantCulture, $"\r{"",-100}\rRebuilding index {index}/{indexes}  {Elapsed().TotalSeconds,5:F0} s")),
            CancellationToken.None);
        Console.WriteLine();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Seeded {count:N0} dossiers in {Elapsed().TotalSeconds:F1} s"));
    }

    private static void Bar(long written, int total, TimeSpan elapsed)
    {
        const int width = 40;
        var share = total == 0 ? 1 : Math.Min(1.0, (double)written / total);
        var filled = (int)(share * width);
        var rate = written / Math.Max(elapsed.TotalSeconds, 0.001);
        Console.Write(string.Create(CultureInfo.InvariantCulture,
            $"\r[{new string('#', filled)}{new string('.', width - filled)}] {share,4:P0} {written,9:N0}/{total:N0}  {rate,7:N0}/s  {elapsed.TotalSeconds,5:F0} s"));
    }
}
