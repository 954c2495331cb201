using Caravan.Core.Data;
using CsCheck;

namespace Caravan.Core.Tests.Fuzz;

/// <summary>
/// Runs a reader on generated cases and holds it to "a located problem or success, never a crash,
/// a hang or unbounded memory": each case runs on its own thread with a time bound and its
/// allocations counted. CI runs a few hundred cases per reader; <c>CARAVAN_FUZZ_CASES</c> asks for
/// more (the campaign in docs/reliability.md). Returns the figures for the test's output.
/// </summary>
internal static class FuzzCampaign
{
    /// <summary>Longest one case may take before it counts as a hang; generous for a loaded CI machine.</summary>
    private static readonly TimeSpan HangBound = TimeSpan.FromSeconds(20);

    /// <summary>Most bytes one case may allocate: every case is a few kilobytes, so this is far past anything bounded.</summary>
    public const long MemoryBound = 256L << 20;

    public static long Cases(long ciDefault) =>
        long.TryParse(Environment.GetEnvironmentVariable("CARAVAN_FUZZ_CASES"), out var asked) && asked > 0 ? asked : ciDefault;

    /// <summary>
    /// Reads every case with <paramref name="read"/>, which returns the problems (none on success);
    /// each must be <paramref name="located"/> (name the file at fault).
    /// </summary>
    public static string Run(Gen<string> cases, Func<string, IReadOnlyList<Problem>?> read, Func<Problem, bool> located, long ciDefault = 300)
    {
        long count = 0, problems = 0, peak = 0, largest = 0;
        var slowest = TimeSpan.Zero;
        cases.Sample(text =>
        {
            var watch = System.Diagnostics.Stopwatch.StartNew();
            var task = Task.Factory.StartNew(() =>
            {
                var before = GC.GetAllocatedBytesForCurrentThread();
                var found = read(text);
                return (found, GC.GetAllocatedBytesForCurrentThread() - before);
            }, CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);
            Assert.True(task.Wait(HangBound), $"a case of {text.Length} characters did not finish within {HangBound.TotalSeconds} s");
            var (found, allocated) = task.Result; // a crash rethrows here and fails the test with the case
            Assert.True(allocated < MemoryBound, $"a case of {text.Length} characters allocated {allocated:N0} bytes");
            if (found is null)
                throw new InvalidOperationException("the reader gave neither a result nor problems");
            Assert.All(found, p => Assert.True(located(p), $"not located in the input: {p}"));
            count++;
            problems += found.Count > 0 ? 1 : 0;
            peak = Math.Max(peak, allocated);
            largest = Math.Max(largest, text.Length);
            if (watch.Elapsed > slowest)
                slowest = watch.Elapsed;
        }, iter: Cases(ciDefault), threads: 1);
        return $"{count} cases ({problems} with problems), 0 crashes, 0 hangs; largest case {largest:N0} chars, "
            + $"most allocated by one case {peak / 1024.0 / 1024.0:0.0} MB, slowest {slowest.TotalMilliseconds:0} ms";
    }
}
