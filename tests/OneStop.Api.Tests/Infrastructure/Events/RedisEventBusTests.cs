using System.Reactive.Linq;
using System.Text;
using Microsoft.Extensions.Logging.Abstractions;
using OneStop.Api.Features.Units;
using OneStop.Api.Infrastructure.Events;
using StackExchange.Redis;

namespace OneStop.Api.Tests.Infrastructure.Events;

/// <summary>The Redis bus on its own: envelope, registered names only, ref-counted subscriptions.</summary>
public sealed class RedisEventBusTests(RedisServerFixture redis) : IClassFixture<RedisServerFixture>
{
    private static EventTypeRegistry Types()
    {
        var types = new EventTypeRegistry();
        types.Add("unit.changed", typeof(UnitChanged));
        return types;
    }

    [Fact]
    public async Task Events_round_trip_and_messages_naming_CLR_types_are_ignored()
    {
        Assert.True(redis.Connection is not null, redis.Error);
        await using var mux = await ConnectionMultiplexer.ConnectAsync(redis.Connection!);
        using var bus = new RedisEventBus(mux, Types(), "onestop:test-" + Guid.NewGuid().ToString("N"), NullLogger<RedisEventBus>.Instance);
        var received = new List<UnitChanged>();
        var second = new TaskCompletionSource();
        using var subscription = bus.Observe<UnitChanged>("unit:x").Subscribe(e =>
        {
            lock (received) received.Add(e);
            if (e.UnitId == 2) second.TrySetResult();
        });
        await Task.Delay(300);

        await bus.PublishAsync("unit:x", new UnitChanged(1, "x"));
        var gadget = """{"v":1,"kind":"next","id":"g","type":"OneStop.Api.Features.Units.UnitChanged, OneStop.Api","body":{"unitId":99,"code":"x"}}""";
        await mux.GetSubscriber().PublishAsync(bus.ChannelOf("unit:x"), Encoding.UTF8.GetBytes(gadget));
        await mux.GetSubscriber().PublishAsync(bus.ChannelOf("unit:x"), Encoding.UTF8.GetBytes("not json"));
        await bus.PublishAsync("unit:x", new UnitChanged(2, "x"));

        await second.Task.WaitAsync(TimeSpan.FromSeconds(10));
        lock (received) Assert.Equal([new UnitChanged(1, "x"), new UnitChanged(2, "x")], received);
    }

    [Fact]
    public async Task The_redis_subscription_is_shared_and_released_after_the_last_subscriber()
    {
        Assert.True(redis.Connection is not null, redis.Error);
        await using var mux = await ConnectionMultiplexer.ConnectAsync(redis.Connection!);
        using var bus = new RedisEventBus(mux, Types(), "onestop:test-" + Guid.NewGuid().ToString("N"), NullLogger<RedisEventBus>.Instance);
        var server = mux.GetServer(mux.GetEndPoints()[0]);
        var channel = bus.ChannelOf("unit:y");

        var one = bus.Observe<UnitChanged>("unit:y").Subscribe(_ => { });
        var two = bus.Observe<UnitChanged>("unit:y").Subscribe(_ => { });
        await Task.Delay(300);
        Assert.Equal(1, await server.SubscriptionSubscriberCountAsync(channel));
        one.Dispose();
        await Task.Delay(200);
        Assert.Equal(1, await server.SubscriptionSubscriberCountAsync(channel));
        two.Dispose();
        await Task.Delay(300);
        Assert.Equal(0, await server.SubscriptionSubscriberCountAsync(channel));
    }

    [Fact]
    public async Task Publishing_an_unregistered_event_type_fails()
    {
        Assert.True(redis.Connection is not null, redis.Error);
        await using var mux = await ConnectionMultiplexer.ConnectAsync(redis.Connection!);
        using var bus = new RedisEventBus(mux, new EventTypeRegistry(), "onestop:test", NullLogger<RedisEventBus>.Instance);
        await Assert.ThrowsAsync<InvalidOperationException>(() => bus.PublishAsync("unit:z", new UnitChanged(1, "z")));
    }

    [Fact]
    public async Task Publishing_with_Redis_unreachable_drops_the_event_instead_of_failing_the_caller()
    {
        // Nothing listens on port 1; the multiplexer starts disconnected, as the API does when Redis is down.
        await using var mux = await ConnectionMultiplexer.ConnectAsync("127.0.0.1:1,abortConnect=false,connectTimeout=200");
        using var bus = new RedisEventBus(mux, Types(), "onestop:test", NullLogger<RedisEventBus>.Instance);
        Assert.False(mux.IsConnected);
        var watch = System.Diagnostics.Stopwatch.StartNew();
        await bus.PublishAsync("unit:down", new UnitChanged(1, "down"));
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(2), $"publish waited {watch.Elapsed}");
    }
}
