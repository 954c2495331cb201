using Caravan.Cli.Commands;
using Caravan.Cluster;
using Caravan.Cluster.Hosting;
using Caravan.Cluster.Jobs;
using Caravan.Core.Simulation;
using Caravan.Questions.Fields;
using Caravan.Questions.Simulations;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Spectre.Console;

namespace Caravan.Cli.Simulation;

/// <summary><c>caravan simulate --cluster</c>: the checked question runs on the cluster, with a progress bar on a terminal.</summary>
internal static class ClusterRun
{
    public static IReadOnlyList<SimulationRun> Simulate(IAnsiConsole console, SimulationQuestion question, SimulateSettings settings, CancellationToken cancellationToken)
    {
        var address = settings.Cluster ?? "the database given by --cluster-db";
        Action<IClientBuilder> clustering = settings.Cluster is { } gatewayList
            ? c => c.UseCaravanGateways(CaravanClient.ParseGateways(gatewayList).Gateways!)
            : c => c.UseCaravanPostgres(settings.ClusterDb!);
        try
        {
            var job = JobPackage.Pack(settings.Fields(), settings.Scenarios, settings.Data, question);
            using var client = ClusterHosts.ConnectAsync(clustering, address, cancellationToken).GetAwaiter().GetResult();
            var grains = client.Services.GetRequiredService<IGrainFactory>();
            var runId = Guid.NewGuid().ToString("N");
            if (settings.Json || !console.Profile.Capabilities.Interactive)
                return Run(grains, question, job, runId, null, settings.Reproducible, cancellationToken);
            IReadOnlyList<SimulationRun> runs = [];
            console.Progress().Start(progress =>
            {
                var task = progress.AddTask($"simulating on the cluster at {Markup.Escape(address)}", maxValue: question.TotalReplications);
                runs = Run(grains, question, job, runId, new ProgressRelay(done => task.Value = Math.Max(task.Value, done)), settings.Reproducible, cancellationToken);
                task.Value = task.MaxValue;
            });
            client.StopAsync(CancellationToken.None).GetAwaiter().GetResult();
            return runs;
        }
        catch (ClusterException e)
        {
            throw new CaravanException(e.Message);
        }
    }

    private static IReadOnlyList<SimulationRun> Run(IGrainFactory grains, SimulationQuestion question, SimulationJob job, string runId,
        IProgress<int>? progress, bool reproducible, CancellationToken cancellationToken) =>
        ClusterSimulation.RunAsync(grains, question, job, runId, progress, reproducible, cancellationToken).GetAwaiter().GetResult();
}
