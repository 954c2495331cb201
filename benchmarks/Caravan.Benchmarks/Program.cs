using BenchmarkDotNet.Running;

// `dotnet run -c Release --project benchmarks/Caravan.Benchmarks -- --filter '*'` runs every suite;
// peer comparisons (NetworkX, LEMON, SimPy) run from benchmarks/run-peers.sh.
// `-- invest-peers [OUTDIR]` times the investment MIP on every OR-Tools backend and on Debian's CBC.
if (args.Length > 0 && args[0] == "invest-peers")
    return Caravan.Benchmarks.InvestPeerComparison.Run(args.Length > 1 ? args[1] : Path.Combine(Path.GetTempPath(), "caravan-invest-peers"));
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
return 0;
