using GraphQL;
using OneStop.Api.Infrastructure.Auth;

namespace OneStop.Api.Infrastructure.GraphQL;

public static class ContextExtensions
{
    private const string ViewerKey = "viewer";

    /// <summary>The viewer of this request (built once per request from <c>context.User</c>).</summary>
    public static Viewer Viewer(this IResolveFieldContext context)
    {
        if (context.UserContext.TryGetValue(ViewerKey, out var v) && v is Viewer viewer) return viewer;
        viewer = context.User is { } user ? new Viewer(user) : Auth.Viewer.Anonymous;
        lock (context.UserContext) context.UserContext[ViewerKey] = viewer;
        return viewer;
    }

    /// <summary>"vi" (default) or "en", from the request's Accept-Language.</summary>
    public static string Language(this IResolveFieldContext context) =>
        context.UserContext.TryGetValue(RequestLanguage.Key, out var lang) && lang is string s ? s : "vi";

    public static T Service<T>(this IResolveFieldContext context) where T : notnull =>
        context.RequestServices!.GetRequiredService<T>();
}
