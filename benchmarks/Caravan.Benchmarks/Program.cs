using BenchmarkDotNet.Running;
using Caravan.Benchmarks.Flows;

// `dotnet run -c Release --project benchmarks/Caravan.Benchmarks -- --filter '*'` runs every suite;
// peer comparisons (NetworkX, LEMON, SimPy) run from benchmarks/run-peers.sh.
if (args.Length > 0 && args[0] == "flow-peers")
    return FlowPeerComparison.Run(args[1..]);
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
return 0;
