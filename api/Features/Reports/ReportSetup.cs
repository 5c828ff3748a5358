namespace OneStop.Api.Features.Reports;

/// <summary>Services of the reports feature.</summary>
public static class ReportSetup
{
    public static IServiceCollection AddReports(this IServiceCollection services, IConfiguration config)
    {
        services.Configure<ReportOptions>(config.GetSection("Reports"));
        services.AddSingleton<ReportCache>();
        services.AddSingleton<ReportCacheInterceptor>();
        services.AddScoped<ResultsReportService>();
        services.AddScoped<ServiceIndexService>();
        services.AddScoped<BacklogService>();
        services.AddScoped<ServiceIndexLossService>();
        services.AddScoped<ReportOverviewService>();
        return services;
    }
}
