using BenchmarkDotNet.Running;

// `dotnet run -c Release --project benchmarks/Caravan.Benchmarks -- --filter '*'` runs every suite;
// peer comparisons (NetworkX, LEMON, SimPy) run from benchmarks/run-peers.sh.
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
