using OneStop.Api.Infrastructure.GraphQL;

namespace OneStop.Api.Features.Staffing;

public static class StaffingSetup
{
    /// <summary>Per-request loaders, the write service and the node resolvers of the staffing feature.</summary>
    public static IServiceCollection AddStaffing(this IServiceCollection services)
    {
        services.AddScoped<OfficeByIdLoader>();
        services.AddScoped<PersonByIdLoader>();
        services.AddScoped<AssignmentsByOfficeIdLoader>();
        services.AddScoped<AssignmentsByPersonIdLoader>();
        services.AddScoped<EmploymentsByPersonIdLoader>();
        services.AddScoped<StaffingService>();
        services.AddScoped<RolesByUserIdLoader>();
        // Both loaders apply the viewer's scope, so node(id:) returns null outside it.
        services.AddNodeResolver<Office>(nameof(Office), (c, id) => id <= int.MaxValue
            ? c.Service<OfficeByIdLoader>().Load(c, (int)id)
            : DataLoaderResultExtensions.Completed<Office?>(null));
        services.AddNodeResolver<Person>(nameof(Person), (c, id) => id <= int.MaxValue
            ? c.Service<PersonByIdLoader>().Load(c, (int)id)
            : DataLoaderResultExtensions.Completed<Person?>(null));
        return services;
    }
}
