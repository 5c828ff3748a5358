namespace OneStop.Api.Infrastructure.Demo;

/// <summary>The demo profile (<c>Demo:Enabled=true</c>, set by <c>npm start</c>): demo data and the accounts hint.</summary>
public static class DemoSetup
{
    public static bool IsEnabled(IConfiguration config) => config.GetValue("Demo:Enabled", false);

    public static IServiceCollection AddOneStopDemo(this IServiceCollection services, IConfiguration config)
    {
        services.AddScoped<DemoSeeder>();
        services.AddScoped<ProcedureSeeder>();
        services.AddScoped<StaffingSeeder>();
        services.AddScoped<DossierSeeder>();
        services.AddScoped<SatisfactionSeeder>();
        return services;
    }

    public static async Task SeedIfEnabledAsync(WebApplication app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var roles = scope.ServiceProvider.GetRequiredService<Microsoft.AspNetCore.Identity.RoleManager<Microsoft.AspNetCore.Identity.IdentityRole>>();
        await DemoSeeder.EnsureRolesAsync(roles);
        await Features.Calendar.OfficialScheduleSeeder.SeedAsync(scope.ServiceProvider.GetRequiredService<Data.OneStopDb>(), app.Lifetime.ApplicationStopping);
        if (!IsEnabled(app.Configuration)) return;
        await scope.ServiceProvider.GetRequiredService<DemoSeeder>().SeedAsync(app.Lifetime.ApplicationStopping);
        // The catalogue needs the units (implementing agencies); Demo:Procedures sets its size (5,000 for the bench).
        await scope.ServiceProvider.GetRequiredService<ProcedureSeeder>().SeedAsync(app.Lifetime.ApplicationStopping);
        await scope.ServiceProvider.GetRequiredService<StaffingSeeder>().SeedAsync(app.Lifetime.ApplicationStopping);
        // The 2020 year and a recent window of open work; Demo:Dossiers sets its size (default 60,000, 0 = none).
        await scope.ServiceProvider.GetRequiredService<DossierSeeder>().SeedAsync(app.Lifetime.ApplicationStopping);
        // Ratings, follow-ups and a SIPAS campaign from whatever returned dossiers exist (after any dossier seeding).
        await scope.ServiceProvider.GetRequiredService<SatisfactionSeeder>().SeedAsync(app.Lifetime.ApplicationStopping);
    }

    /// <summary><c>GET /auth/demo-accounts</c>: the login page's hint; 404 outside the demo profile.</summary>
    public static void MapDemoEndpoints(this WebApplication app)
    {
        var enabled = IsEnabled(app.Configuration);
        app.MapGet("/auth/demo-accounts", () => enabled
            ? Results.Json(DemoAccounts.All.Select(a => new { email = a.Email, role = a.Role, unit = a.UnitSlug, password = DemoAccounts.Password }))
            : Results.NotFound()).ExcludeFromDescription();
    }
}
