using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using OneStop.Api.Features.Satisfaction;
using OneStop.Api.Features.Surveys;
using OneStop.Api.Infrastructure.Auth;
using OneStop.Api.Tests.Infrastructure.Data;

namespace OneStop.Api.Tests.Features.Satisfaction;

/// <summary>SQL Server cannot run here: the satisfaction queries are translated with the SQL Server provider instead.</summary>
public sealed class SatisfactionSqlServerTests
{
    private static Viewer Leader() => new(new ClaimsPrincipal(new ClaimsIdentity([new Claim(Viewer.UnitPathClaim, "/000.00.00.H47/000.00.21.H47/")], "test")));

    [Fact]
    public void Rating_link_survey_and_follow_up_queries_translate()
    {
        using var db = DatabaseTests.SqlServer();
        var links = RatingTokens.UsableLinks(db, 7, new DateTime(2026, 11, 26, 2, 0, 0, DateTimeKind.Utc)).Take(1).ToQueryString();
        Assert.Contains("[r].[UsedAt] IS NULL", links, StringComparison.Ordinal);
        Assert.Contains("ORDER BY [r].[Id] DESC", links, StringComparison.Ordinal);

        var questions = SurveyApi.Questions(db, 1).ToQueryString();
        Assert.Contains("ORDER BY [s].[Element], [s].[Ordinal]", questions, StringComparison.Ordinal);
        var hash = RatingTokens.Hash("token");
        Assert.Contains("[s].[Hash] = @", db.SurveyInvitations.Where(i => i.Hash == hash).ToQueryString(), StringComparison.Ordinal);

        var campaigns = SurveyApi.Campaigns(db, Leader(), "000.00.21.H47", new DateOnly(2026, 1, 1), new DateOnly(2026, 12, 31)).ToQueryString();
        Assert.Contains("LIKE", campaigns, StringComparison.Ordinal);

        var inbox = SatisfactionQueries.VisibleFollowUps(db, Leader()).Where(f => f.Status == FollowUpStatus.Open).OrderByDescending(f => f.OpenedAt).Take(50).ToQueryString();
        Assert.Contains("LIKE", inbox, StringComparison.Ordinal);
        Assert.Contains("TOP", inbox, StringComparison.Ordinal);
    }
}
