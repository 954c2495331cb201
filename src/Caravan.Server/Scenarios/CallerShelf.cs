using Caravan.Core.Data;
using Caravan.Core.Scenarios;
using Caravan.Questions.Scenarios;
using Caravan.Server.Access;

namespace Caravan.Server.Scenarios;

/// <summary>The server's scenarios as one caller sees them: the dataset's own and the stored ones they may read, by name only (never a file).</summary>
/// <param name="book">The server's scenario book.</param>
/// <param name="caller">Who asks.</param>
internal sealed class CallerShelf(ScenarioBook book, Caller caller) : IScenarioShelf
{
    public Dataset Dataset => book.Dataset;

    public IReadOnlyList<Scenario> Shipped => book.BuiltInScenarios;

    public async ValueTask<ScenarioFind> FindAsync(string name, CancellationToken cancellationToken) =>
        await book.FindScenarioAsync(name, caller, cancellationToken);

    public async ValueTask<ScenarioPick> ApplyAsync(IReadOnlyList<string> names, CancellationToken cancellationToken) =>
        await book.ApplyAsync(names, caller, cancellationToken);
}
