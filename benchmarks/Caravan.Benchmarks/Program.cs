using BenchmarkDotNet.Running;
using Caravan.Benchmarks;
using Caravan.Benchmarks.Assignment;
using Caravan.Benchmarks.Flows;
using Caravan.Benchmarks.Simulation;

// `dotnet run -c Release --project benchmarks/Caravan.Benchmarks -- --filter '*'` runs every suite.
// Side-by-side peer comparisons run in their own modes (scripts in benchmarks/peers/):
//   `-- peers-routing [nodes]`            routing against QuikGraph and NetworkX
//   `-- flow-peers ...`                   min-cost flow against LEMON and NetworkX
//   `-- mm1 N`, `-- network-mm1 L T`, `-- flagship R T`   the simulator, for SimPy and the flagship budget
//   `-- invest-peers [OUTDIR]`            the investment MIP on every OR-Tools backend and Debian CBC
//   `-- assign-peers NET TRIPS GAP THREADS [RUNS]`   equilibrium assignment, for tap-b
if (args.Length > 0 && args[0] == "peers-routing")
    return PeerRouting.Run(args[1..]);
if (args.Length > 0 && args[0] == "flow-peers")
    return FlowPeerComparison.Run(args[1..]);
if (args.Length > 0 && args[0] is "mm1" or "network-mm1" or "flagship")
    return SimulationPeerModes.Run(args);
if (args.Length > 0 && args[0] == "invest-peers")
    return InvestPeerComparison.Run(args.Length > 1 ? args[1] : Path.Combine(Path.GetTempPath(), "caravan-invest-peers"));
if (args.Length > 0 && args[0] == "assign-peers")
    return AssignmentPeerComparison.Run(args[1..]);
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
return 0;
