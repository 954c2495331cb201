using BenchmarkDotNet.Running;
using Caravan.Benchmarks;

// `dotnet run -c Release --project benchmarks/Caravan.Benchmarks -- --filter '*'` runs every suite;
// `-- peers-routing [nodes]` runs the side-by-side routing comparison (benchmarks/peers/routing.sh).
if (args.Length > 0 && args[0] == "peers-routing")
    return PeerRouting.Run(args[1..]);
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
return 0;
