using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using StackExchange.Redis;

namespace OneStop.Api.Tests;

/// <summary>
/// A Redis on 127.0.0.1 for the fan-out tests: <c>REDIS_URL</c> when set (the CI script starts one), else a private
/// <c>redis-server</c> on a free port, stopped by its own PID. Tests fail (never skip) when neither is reachable.
/// </summary>
public sealed class RedisServerFixture : IAsyncLifetime
{
    private const string ServerPath = "/usr/bin/redis-server";
    private Process? _server;

    /// <summary>A StackExchange.Redis configuration string, or null when no Redis could be reached (see <see cref="Error"/>).</summary>
    public string? Connection { get; private set; }

    public string Error { get; private set; } = "";

    public async Task InitializeAsync()
    {
        var url = Environment.GetEnvironmentVariable("REDIS_URL");
        string candidate;
        if (!string.IsNullOrWhiteSpace(url))
        {
            candidate = url.Replace("redis://", "", StringComparison.OrdinalIgnoreCase).TrimEnd('/');
        }
        else if (File.Exists(ServerPath))
        {
            var port = FreePort();
            _server = Process.Start(new ProcessStartInfo(ServerPath,
                ["--bind", "127.0.0.1", "--port", port.ToString(System.Globalization.CultureInfo.InvariantCulture), "--save", "", "--appendonly", "no"])
            {
                RedirectStandardOutput = true,
                UseShellExecute = false,
            });
            _server!.OutputDataReceived += (_, _) => { };
            _server.BeginOutputReadLine();
            candidate = $"127.0.0.1:{port}";
        }
        else
        {
            Error = $"No Redis: set REDIS_URL or install redis-server ({ServerPath}); CI={Environment.GetEnvironmentVariable("CI")}.";
            return;
        }

        var deadline = DateTime.UtcNow.AddSeconds(15);
        while (true)
        {
            try
            {
                await using var probe = await ConnectionMultiplexer.ConnectAsync(candidate + ",connectTimeout=1000");
                await probe.GetDatabase().PingAsync();
                Connection = candidate;
                return;
            }
            catch (RedisConnectionException e) when (DateTime.UtcNow < deadline)
            {
                Error = e.Message;
                await Task.Delay(200);
            }
            catch (RedisConnectionException e)
            {
                Error = $"Redis at {candidate} is unreachable: {e.Message}";
                return;
            }
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public Task DisposeAsync()
    {
        if (_server is { HasExited: false })
        {
            _server.Kill();
            _server.WaitForExit(5000);
        }
        _server?.Dispose();
        return Task.CompletedTask;
    }
}
