using System.Net;
using System.Net.Sockets;
using Caravan.Cluster.Chunks;
using Caravan.Cluster.Hosting;
using Caravan.Cluster.Jobs;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Caravan.Cli.Tests.Commands;

/// <summary><c>caravan simulate --cluster</c> on three silos of a localhost cluster prints the local <c>--reproducible</c> JSON.</summary>
public sealed class SimulateClusterTests
{
    [Fact]
    public async Task SimulateOnThreeSilos_SameJsonAsTheLocalReproducibleRun()
    {
        var ports = Enumerable.Range(0, 6).Select(_ => FreePort()).ToArray();
        var (store, jobs) = (new MemoryChunkStore(), new JobModels());
        var silos = new List<IHost>();
        try
        {
            for (var i = 0; i < 3; i++)
            {
                var (silo, gateway) = (ports[2 * i], ports[2 * i + 1]);
                silos.Add(await ClusterHosts.StartSiloAsync(s => s.UseCaravanLocalhost(silo, gateway, ports[0]), store, LogLevel.Warning,
                    CancellationToken.None, jobs));
            }
            string[] question = ["simulate", "--commodity", "gallium", "--commodity", "u3o8", "--runs", "64", "--horizon-days", "120", "--seed", "4",
                "--scenario", "caspian-winter-storms", "--format", "json", "--reproducible"];
            var cluster = string.Join(',', Enumerable.Range(0, 3).Select(i => $"localhost:{ports[2 * i + 1]}"));

            var (localExit, local, localErrors) = CliRunner.RunSplit(question);
            var (clusterExit, onCluster, clusterErrors) = CliRunner.RunSplit([.. question, "--cluster", cluster]);

            Assert.True(localExit == 0, localErrors);
            Assert.True(clusterExit == 0, clusterErrors);
            Assert.Equal(local, onCluster);
            Assert.Contains("\"wallTimeSeconds\": null", onCluster, StringComparison.Ordinal);
        }
        finally
        {
            foreach (var silo in Enumerable.Reverse(silos))
            {
                await silo.StopAsync(CancellationToken.None);
                silo.Dispose();
            }
        }
    }

    [Fact]
    public void Simulate_ClusterNobodyListensOn_OneLineError()
    {
        var (exit, _, errors) = CliRunner.RunSplit("simulate", "--runs", "16", "--cluster", $"localhost:{FreePort()}");

        Assert.Equal(1, exit);
        Assert.Contains("cannot reach the cluster at localhost:", errors, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", errors, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("localhost:notaport", "--cluster: 'localhost:notaport' has no port")]
    [InlineData(",", "--cluster: no gateway address given")]
    public void Simulate_BadClusterAddress_SaysWhat(string address, string expected)
    {
        var (exit, _, errors) = CliRunner.RunSplit("simulate", "--runs", "16", "--cluster", address);

        Assert.NotEqual(0, exit);
        Assert.Contains(expected, errors, StringComparison.Ordinal);
    }

    [Fact]
    public void Simulate_ClusterAndPlot_Refused()
    {
        var (exit, _, errors) = CliRunner.RunSplit("simulate", "--cluster", "localhost:30000", "--plot", CliRunner.TempFolder());

        Assert.NotEqual(0, exit);
        Assert.Contains("--plot needs the queue traces of a local run", errors, StringComparison.Ordinal);
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
