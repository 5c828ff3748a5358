using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using OneStop.Api.Features.Reports;

namespace OneStop.Api.Infrastructure.Data;

/// <summary>Chooses the EF Core provider from configuration (<c>Database:Provider</c>).</summary>
public static class DatabaseSetup
{
    public static bool IsSqlServer(IConfiguration config) =>
        string.Equals(config["Database:Provider"], "SqlServer", StringComparison.OrdinalIgnoreCase);

    public static IServiceCollection AddOneStopData(this IServiceCollection services, IConfiguration config, IHostEnvironment env)
    {
        services.AddSingleton<SqlStatementCounter>();
        if (IsSqlServer(config))
        {
            var cs = config.GetConnectionString("OneStop")
                ?? throw new InvalidOperationException("ConnectionStrings:OneStop is required when Database:Provider=SqlServer.");
            services.AddDbContextPool<OneStopDb, SqlServerOneStopDb>((sp, o) => o.UseSqlServer(cs, s => s.UseQuerySplittingBehavior(QuerySplittingBehavior.SingleQuery))
                .AddInterceptors(sp.GetRequiredService<SqlStatementCounter>(), sp.GetRequiredService<ReportCacheInterceptor>()));
        }
        else
        {
            var cs = SqliteConnectionString(config, env);
            services.AddDbContextPool<OneStopDb, SqliteOneStopDb>((sp, o) => o.UseSqlite(cs).AddInterceptors(sp.GetRequiredService<SqlStatementCounter>(), sp.GetRequiredService<ReportCacheInterceptor>(), new SqlitePragmas()));
        }
        return services;
    }

    /// <summary>Connection string for the embedded database; creates its folder.</summary>
    public static string SqliteConnectionString(IConfiguration config, IHostEnvironment env)
    {
        var csb = new SqliteConnectionStringBuilder(config.GetConnectionString("OneStop") ?? "Data Source=data/onestop.db");
        var path = Path.GetFullPath(csb.DataSource, env.ContentRootPath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        csb.DataSource = path;
        csb.Cache = SqliteCacheMode.Default;
        csb.Pooling = true;
        return csb.ToString();
    }

    /// <summary>Applies migrations; on SQLite switches to WAL so readers never wait for the writer.</summary>
    public static async Task MigrateAsync(IServiceProvider services, CancellationToken ct = default)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<OneStopDb>();
        if (db.Database.IsSqlite())
        {
            await db.Database.OpenConnectionAsync(ct);
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", ct);
        }
        await db.Database.MigrateAsync(ct);
    }
}
