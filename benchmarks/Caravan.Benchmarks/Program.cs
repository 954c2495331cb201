using System.Diagnostics;
using BenchmarkDotNet.Running;
using Caravan.Benchmarks;
using Caravan.Benchmarks.Flows;
using Caravan.Benchmarks.Simulation;

// `dotnet run -c Release --project benchmarks/Caravan.Benchmarks -- --filter '*'` runs every suite.
// Side-by-side peer comparisons run in their own modes (scripts in benchmarks/peers/):
//   `-- peers-routing [nodes]`  routing against QuikGraph and NetworkX
//   `-- flow-peers ...`         min-cost flow against LEMON and NetworkX
if (args.Length > 0 && args[0] == "peers-routing")
    return PeerRouting.Run(args[1..]);
if (args.Length > 0 && args[0] == "flow-peers")
    return FlowPeerComparison.Run(args[1..]);

// `-- mm1 N` times N customers of M/M/1 on the kernel once, for the side-by-side with SimPy.
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
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
return 0;
