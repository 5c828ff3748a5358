using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;
using OneStop.Api.Infrastructure.Data;

namespace OneStop.Api.Infrastructure.Auth;

/// <summary>
/// ASP.NET Core Identity with EF stores: bearer tokens for integrators and WebSockets, cookies for the SPA,
/// lockout after repeated failures. Endpoints under <c>/auth</c>.
/// </summary>
public static class AuthSetup
{
    public static IServiceCollection AddOneStopAuth(this IServiceCollection services, IConfiguration config)
    {
        services.AddAuthorization(Policies.Configure);
        // Keys in the database: every instance validates the tokens and cookies the others issued.
        services.AddDataProtection().SetApplicationName("OneStop").PersistKeysToDbContext<OneStopDb>();
        services.AddIdentityApiEndpoints<AppUser>(o =>
            {
                o.User.RequireUniqueEmail = true;
                o.Password.RequiredLength = 10;
                o.Lockout.AllowedForNewUsers = true;
                o.Lockout.MaxFailedAccessAttempts = config.GetValue("Auth:MaxFailedAttempts", 5);
                o.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(config.GetValue("Auth:LockoutMinutes", 15));
            })
            .AddRoles<IdentityRole>()
            .AddEntityFrameworkStores<OneStopDb>()
            .AddClaimsPrincipalFactory<AppUserClaimsFactory>();
        services.Configure<Microsoft.AspNetCore.Authentication.BearerToken.BearerTokenOptions>(IdentityConstants.BearerScheme, o =>
            o.BearerTokenExpiration = TimeSpan.FromMinutes(config.GetValue("Auth:TokenMinutes", 60)));
        services.ConfigureApplicationCookie(o =>
        {
            o.Cookie.Name = "onestop.auth";
            o.Cookie.HttpOnly = true;
            o.Cookie.SameSite = SameSiteMode.Strict;
            o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            o.ExpireTimeSpan = TimeSpan.FromHours(config.GetValue("Auth:CookieHours", 10));
            o.SlidingExpiration = true;
            // An API answers 401/403; it never redirects to a login page.
            o.Events.OnRedirectToLogin = ctx => { ctx.Response.StatusCode = StatusCodes.Status401Unauthorized; return Task.CompletedTask; };
            o.Events.OnRedirectToAccessDenied = ctx => { ctx.Response.StatusCode = StatusCodes.Status403Forbidden; return Task.CompletedTask; };
        });
        return services;
    }

    public static void MapAuthEndpoints(this WebApplication app)
    {
        var auth = app.MapGroup("/auth");
        // Accounts are created by admins (and the demo seeder), never by self-registration.
        auth.MapIdentityApi<AppUser>().AddEndpointFilter(async (ctx, next) =>
            ctx.HttpContext.Request.Path.Value!.EndsWith("/register", StringComparison.OrdinalIgnoreCase)
                ? Results.NotFound()
                : await next(ctx));
        auth.MapPost("/logout", async (SignInManager<AppUser> signIn) =>
        {
            await signIn.SignOutAsync();
            return Results.NoContent();
        });
    }
}
