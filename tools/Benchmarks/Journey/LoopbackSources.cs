using System.Net;
using System.Net.Sockets;

namespace AccountingPlatform.Benchmarks.Journey;

/// <summary>
/// Every simulated person connects from an address of its own in 127.0.0.0/8 (all of it is loopback on Linux), so the
/// gateway's per-address limits see one device per person, as on the real network, without any forged header.
/// </summary>
public static class LoopbackSources
{
    private static int _next;

    /// <summary>The next unused address, 127.100.0.1 onwards (the platform itself listens on 127.0.0.1).</summary>
    public static IPAddress Next()
    {
        var i = Interlocked.Increment(ref _next);
        return new IPAddress([127, (byte)(100 + i / 64_516), (byte)(i / 254 % 254 + 1), (byte)(i % 254 + 1)]);
    }

    /// <summary>An HTTP handler whose connections leave from <paramref name="source"/>.</summary>
    public static SocketsHttpHandler Handler(IPAddress source) => new()
    {
        PooledConnectionLifetime = TimeSpan.FromMinutes(10),
        ConnectCallback = async (context, cancellationToken) =>
        {
            var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
            try
            {
                socket.Bind(new IPEndPoint(source, 0));
                var host = context.DnsEndPoint.Host == "localhost" ? IPAddress.Loopback : IPAddress.Parse(context.DnsEndPoint.Host);
                await socket.ConnectAsync(new IPEndPoint(host, context.DnsEndPoint.Port), cancellationToken);
                return new NetworkStream(socket, ownsSocket: true);
            }
            catch
            {
                socket.Dispose();
                throw;
            }
        },
    };
}
