using System.Net.WebSockets;
using Microsoft.Extensions.Logging.Abstractions;
using OneStop.Api.Infrastructure.Http;

namespace OneStop.Api.Tests.Infrastructure.Http;

/// <summary>
/// A <see cref="WebSocketSender"/> on a <see cref="WebSocketWire"/> with its drain loop running, for the frames of one
/// operation (<c>s1</c>); disposing it completes the sender and waits for the loop to end.
/// </summary>
internal sealed class RunningSender : IAsyncDisposable
{
    private readonly Task _running;

    private RunningSender()
    {
        (Wire, var batches, var server, Client) = WebSocketWire.Connect();
        Sender = new WebSocketSender(server, batches, NullLogger.Instance);
        _running = Sender.RunAsync(CancellationToken.None);
    }

    public WebSocketWire Wire { get; }

    public WebSocket Client { get; }

    public WebSocketSender Sender { get; }

    public WebSocketOperation Operation { get; } = new("s1");

    public static RunningSender Start() => new();

    /// <summary>Queues a <c>next</c> of the operation around <paramref name="payload"/>; it must be taken.</summary>
    public void Enqueue(byte[] payload) => Assert.True(Sender.TryEnqueue(OutgoingFrame.Next(Operation, payload)));

    public async ValueTask DisposeAsync()
    {
        Sender.Complete();
        await _running;
        Sender.Dispose();
        Operation.Dispose();
    }
}
