namespace Caravan.Core.Scenarios;

/// <summary>One change a scenario makes to a dataset. Each kind checks its own references and applies itself.</summary>
public abstract record ScenarioEdit
{
    /// <summary>1-based line of the edit in its file (0 when built in code).</summary>
    public int Line { get; init; }

    /// <summary>1-based column of the edit in its file.</summary>
    public int Column { get; init; }

    /// <summary>The edit's <c>type</c> as written in scenario files (<c>close</c>, <c>scale_capacity</c>...).</summary>
    public abstract string Type { get; }

    /// <summary>One line for people: what the edit does.</summary>
    public abstract string Describe();

    /// <summary>Reports every reference that the base dataset does not know.</summary>
    internal abstract void Check(ScenarioCheck check);

    /// <summary>Applies the edit. References to elements already removed by an earlier edit are skipped.</summary>
    internal abstract void Apply(ScenarioWorkspace workspace);

    /// <summary>Ids joined for <see cref="Describe"/>.</summary>
    protected static string List(IEnumerable<ScenarioRef> refs) => string.Join(", ", refs.Select(r => r.Id));
}
