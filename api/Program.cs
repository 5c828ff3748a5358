using OneStop.Api.Features.Attachments;
using OneStop.Api.Features.Calendar;
using OneStop.Api.Features.DeadlineAlerts;
using OneStop.Api.Features.Dossiers;
using OneStop.Api.Features.Satisfaction;
using OneStop.Api.Features.Reports;
using OneStop.Api.Infrastructure.Auth;
using OneStop.Api.Infrastructure.Data;
using OneStop.Api.Infrastructure.Demo;
using OneStop.Api.Infrastructure.Events;
using OneStop.Api.Infrastructure.GraphQL;
using OneStop.Api.Infrastructure.Http;

var seedCommand = SeedDossiersCommand.Matches(args);
var builder = WebApplication.CreateBuilder(seedCommand ? SeedDossiersCommand.ToConfiguration(args) : args);
builder.WebHost.ConfigureKestrel(k => k.AddServerHeader = false);

builder.Services.AddSingleton(TimeProvider.System);
builder.Services.AddOneStopData(builder.Configuration, builder.Environment);
builder.Services.AddOneStopAuth(builder.Configuration);
builder.Services.AddOneStopGraphQL();
builder.Services.AddCalendar(builder.Configuration);
builder.Services.AddAttachments();
builder.Services.AddDossiers(builder.Configuration);
builder.Services.AddDeadlineAlerts(builder.Configuration);
builder.Services.AddSatisfaction(builder.Configuration);
builder.Services.AddReports(builder.Configuration);
builder.Services.AddOneStopEvents(builder.Configuration);
builder.Services.AddOneStopDemo(builder.Configuration);
builder.Services.AddProblemDetails();

var app = builder.Build();

await DatabaseSetup.MigrateAsync(app.Services);
await DemoSetup.SeedIfEnabledAsync(app);
if (seedCommand)
{
    await SeedDossiersCommand.RunAsync(app);
    return;
}

app.UseExceptionHandler();
app.UseStatusCodePages();
// Frames queued for a WebSocket go out in one write (FrameBatching); it wraps the upgrade before the middleware takes it.
app.UseWebSocketFrameBatching();
app.UseWebSockets(new WebSocketOptions { KeepAliveInterval = TimeSpan.FromSeconds(30) });
app.UseGraphQLIde();
app.UseAuthentication();
app.UseAuthorization();

app.MapGet("/health", () => Results.Text("ok")).ExcludeFromDescription();
app.MapAuthEndpoints();
app.MapFileEndpoints();
app.MapDemoEndpoints();
app.MapGraphQLEndpoint();
app.MapReportEndpoints();
app.MapBenchEndpoints();
app.MapDeadlineAlertBench();
app.UseSpa();

app.Run();
