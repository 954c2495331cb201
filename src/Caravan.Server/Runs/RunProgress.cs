namespace Caravan.Server.Runs;

/// <summary>
/// Hands the fraction done of work running in the background to the run's store, throttled there,
/// from whatever thread reports it; a report that fails (the run was cancelled) is dropped, since the
/// work stops on its own token.
/// </summary>
/// <param name="context">The run.</param>
public sealed class RunProgress(RunContext context) : IProgress<double>
{
    private double _done;

    /// <summary>The latest fraction reported, 0 to 1.</summary>
    public double Done => Volatile.Read(ref _done);

    /// <inheritdoc />
    public void Report(double value)
    {
        // Parallel workers can report out of order; the largest fraction stands.
        double seen;
        while (value > (seen = Volatile.Read(ref _done)) && Interlocked.CompareExchange(ref _done, value, seen) != seen)
        {
        }
    }

    /// <summary>
    /// Awaits <paramref name="work"/>, passing the fraction done to the store a few times a second;
    /// returns its result (or rethrows how it ended).
    /// </summary>
    public async Task<T> WhileAsync<T>(Task<T> work)
    {
        ArgumentNullException.ThrowIfNull(work);
        var token = context.CancellationToken;
        while (!work.IsCompleted)
        {
            await Task.WhenAny(work, Task.Delay(TimeSpan.FromMilliseconds(200), CancellationToken.None));
            if (work.IsCompleted || token.IsCancellationRequested)
                continue;
            try
            {
                await context.ReportAsync(Math.Min(0.99, Done));
            }
            catch (OperationCanceledException) when (token.IsCancellationRequested)
            {
                // the work stops at its next check of the token; awaiting it below rethrows
            }
        }
        return await work;
    }
}
