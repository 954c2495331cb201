namespace Caravan.Questions.Fields;

/// <summary>
/// Hands each report to <paramref name="report"/> on the reporting thread at once (the framework's
/// <c>Progress&lt;T&gt;</c> posts to the thread pool and lags behind the work).
/// </summary>
/// <param name="report">What to do with a report.</param>
public sealed class ProgressRelay(Action<int> report) : IProgress<int>
{
    /// <inheritdoc />
    public void Report(int value) => report(value);
}
