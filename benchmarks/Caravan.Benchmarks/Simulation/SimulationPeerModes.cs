using System.Diagnostics;

namespace Caravan.Benchmarks.Simulation;

/// <summary>
/// One-shot timing modes for the simulator, for side-by-side runs with SimPy:
/// <c>mm1 N</c>, <c>network-mm1 LOTS THREADS</c> and <c>flagship RUNS THREADS</c>.
/// </summary>
internal static class SimulationPeerModes
{
    /// <summary>Runs the mode named by <paramref name="args"/>; -1 when it names none.</summary>
    public static int Run(string[] args)
    {
        if (args is ["mm1", var count])
        {
            var n = int.Parse(count, System.Globalization.CultureInfo.InvariantCulture);
            var model = new MM1Kernel();
            model.Run(n / 10);
            var watch = Stopwatch.StartNew();
            var wait = model.Run(n);
            var seconds = watch.Elapsed.TotalSeconds;
            Console.WriteLine($"caravan kernel: {n} customers in {seconds:F3}s -> {n / seconds:N0} customers/s, mean wait {wait:F2}");
            return 0;
        }
        if (args is ["network-mm1", var lotsText, var threadsText])
        {
            var lots = int.Parse(lotsText, System.Globalization.CultureInfo.InvariantCulture);
            var threads = int.Parse(threadsText, System.Globalization.CultureInfo.InvariantCulture);
            var options = new Caravan.Core.Simulation.SimulationOptions
            {
                Replications = 16,
                HorizonDays = lots / 16 / 24.0,
                WarmupDays = 0,
                LotTonnes = 1,
                MaxThreads = threads,
            };
            var model = Caravan.Core.Simulation.SimulationModel.Compile(PortNetwork.Build(1, 1 / 1.1), options);
            Caravan.Core.Simulation.MonteCarlo.Run(model);
            var watch = Stopwatch.StartNew();
            var run = Caravan.Core.Simulation.MonteCarlo.Run(model);
            var seconds = watch.Elapsed.TotalSeconds;
            Console.WriteLine($"caravan network: {lots} lots in {seconds:F3}s on {threads} thread(s) -> {lots / seconds:N0} lots/s, {run.Result.Manifest.Events / seconds:N0} events/s");
            return 0;
        }
        if (args is ["flagship", var runsText, var threadsText2])
        {
            var runs = int.Parse(runsText, System.Globalization.CultureInfo.InvariantCulture);
            var threads = int.Parse(threadsText2, System.Globalization.CultureInfo.InvariantCulture);
            var options = new Caravan.Core.Simulation.SimulationOptions
            {
                Replications = runs,
                HorizonDays = 365,
                WarmupDays = 30,
                MaxThreads = threads,
                Commodities = ["gallium", "u3o8"],
            };
            var model = Caravan.Core.Simulation.SimulationModel.Compile(Caravan.Core.Data.DatasetReader.BuiltIn(), options);
            var cpu = Process.GetCurrentProcess().TotalProcessorTime;
            var watch = Stopwatch.StartNew();
            var run = Caravan.Core.Simulation.MonteCarlo.Run(model);
            var seconds = watch.Elapsed.TotalSeconds;
            var cpuSeconds = (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalSeconds;
            Console.WriteLine($"caravan flagship: {runs} one-year replications in {seconds:F2}s wall, {cpuSeconds:F2}s CPU on {threads} thread(s); {run.Result.Manifest.Events:N0} events");
            return 0;
        }
        return -1;
    }
}
