using Microsoft.AspNetCore.Hosting;

namespace OneStop.Api.Tests.Infrastructure.Http;

/// <summary>
/// Two API instances on one Redis (TECH.md §9): a subscription on instance A receives the event of a mutation made on
/// instance B. Both instances share A's SQLite file, as they would share the production database.
/// </summary>
public sealed class RedisFanOutTests(RedisServerFixture redis) : IClassFixture<RedisServerFixture>
{
    private sealed class RedisApiFactory(string connection, string prefix, string? databasePath = null) : OneStopApiFactory
    {
        protected override void ConfigureMore(IWebHostBuilder builder)
        {
            builder.UseSetting("Redis:Connection", connection);
            builder.UseSetting("Redis:Prefix", prefix);
            if (databasePath is not null) builder.UseSetting("ConnectionStrings:OneStop", $"Data Source={databasePath}");
        }
    }

    [Fact]
    public async Task A_subscriber_on_one_instance_receives_an_event_published_on_another()
    {
        Assert.True(redis.Connection is not null, redis.Error);
        var prefix = "onestop:test-" + Guid.NewGuid().ToString("N");
        using var a = new RedisApiFactory(redis.Connection!, prefix);
        _ = a.Server; // start A first: it creates and seeds the database B shares
        using var b = new RedisApiFactory(redis.Connection!, prefix, a.DatabasePath);

        await using var ws = await GraphQLWsTestClient.ConnectAndInitAsync(a, "admin@onestop.local");
        await ws.SubscribeAsync("r1", "subscription { unitChanged(code: \"000.00.21.H47\") { code name } }");
        await Task.Delay(500); // the Redis SUBSCRIBE is asynchronous and the protocol has no subscribe acknowledgement

        using var http = await b.ClientAsync("admin@onestop.local");
        await UnitUpdates.RenameAsync(http, UnitUpdates.TamKy, "Ủy ban nhân dân thành phố Tam Kỳ (qua Redis)");

        var next = await ws.ReceiveAsync();
        Assert.Equal("next", next?["type"]?.GetValue<string>());
        Assert.Equal("Ủy ban nhân dân thành phố Tam Kỳ (qua Redis)", next!["payload"]!["data"]!["unitChanged"]!["name"]!.GetValue<string>());
    }
}
