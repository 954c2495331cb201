using BenchmarkDotNet.Running;
using Caravan.Benchmarks;
using Caravan.Benchmarks.Flows;

// `dotnet run -c Release --project benchmarks/Caravan.Benchmarks -- --filter '*'` runs every suite.
// Side-by-side peer comparisons run in their own modes (scripts in benchmarks/peers/):
//   `-- peers-routing [nodes]`  routing against QuikGraph and NetworkX
//   `-- flow-peers ...`         min-cost flow against LEMON and NetworkX
if (args.Length > 0 && args[0] == "peers-routing")
    return PeerRouting.Run(args[1..]);
if (args.Length > 0 && args[0] == "flow-peers")
    return FlowPeerComparison.Run(args[1..]);
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
return 0;
