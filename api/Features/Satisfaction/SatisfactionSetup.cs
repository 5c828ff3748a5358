using OneStop.Api.Infrastructure.Events;

namespace OneStop.Api.Features.Satisfaction;

public static class SatisfactionSetup
{
    public static IServiceCollection AddSatisfaction(this IServiceCollection services, IConfiguration config)
    {
        services.Configure<SatisfactionOptions>(config.GetSection("Satisfaction"));
        services.AddSingleton<RatingAttemptLimiter>();
        services.AddScoped<RatingTokens>();
        services.AddScoped<RatingService>();
        services.AddScoped<Surveys.SurveyService>();
        services.AddEventType<FollowUpOpened>("followup.opened");
        return services;
    }
}
