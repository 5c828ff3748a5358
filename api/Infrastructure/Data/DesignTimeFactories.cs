using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace OneStop.Api.Infrastructure.Data;

/// <summary>Lets dotnet-ef build each provider's model without a database (migrations and scripts only).</summary>
public sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<SqliteOneStopDb>
{
    public SqliteOneStopDb CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqliteOneStopDb>().UseSqlite("Data Source=design-time.db").Options);
}

/// <summary>SQL Server needs no reachable server to generate migrations or scripts.</summary>
public sealed class SqlServerDesignTimeFactory : IDesignTimeDbContextFactory<SqlServerOneStopDb>
{
    public SqlServerOneStopDb CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqlServerOneStopDb>().UseSqlServer("Server=design-time;Database=OneStop;Trusted_Connection=True;TrustServerCertificate=True").Options);
}
