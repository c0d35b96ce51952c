using System.Net;
using System.Net.Sockets;

namespace AccountingPlatform.TestSupport;

/// <summary>
/// HTTP connections from a chosen local address, so a server that takes the client address from the connection (the
/// gateway does; it ignores what a client says in <c>X-Forwarded-For</c>) sees each client as its own device. Linux
/// routes all of 127.0.0.0/8 to the loopback interface, so every 127.x.y.z is a distinct client address on one host.
/// </summary>
public static class LoopbackClients
{
    /// <summary>A random address in 127.1.0.1–127.254.255.254, never 127.0.0.1 (the address every local process uses).</summary>
    public static IPAddress RandomAddress() =>
        new([127, (byte)Random.Shared.Next(1, 255), (byte)Random.Shared.Next(0, 256), (byte)Random.Shared.Next(1, 255)]);

    /// <summary>A handler whose connections leave from <paramref name="source"/> (a local IPv4 address) to the server's IPv4 address.</summary>
    public static SocketsHttpHandler From(IPAddress source) => new()
    {
        ConnectCallback = async (context, cancellationToken) =>
        {
            var server = (await Dns.GetHostAddressesAsync(context.DnsEndPoint.Host, AddressFamily.InterNetwork, cancellationToken))[0];
            var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
            try
            {
                socket.Bind(new IPEndPoint(source, 0));
                await socket.ConnectAsync(new IPEndPoint(server, context.DnsEndPoint.Port), cancellationToken);
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
