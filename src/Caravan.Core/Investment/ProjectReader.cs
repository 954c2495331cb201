using Caravan.Core.Data;
using Caravan.Core.Scenarios;

namespace Caravan.Core.Investment;

/// <summary>
/// Reads a dataset's candidate projects: <c>projects.csv</c> (economics, dependencies) and one
/// <c>projects/&lt;id&gt;.json</c> per project (its edits, in the scenario file format). Every problem is
/// reported with file, line and column; never throws on bad input. A dataset without projects.csv has
/// no candidates, which is not a problem.
/// </summary>
public static class ProjectReader
{
    /// <summary>The projects table's file name.</summary>
    public const string File = "projects.csv";

    /// <summary>The folder holding one edits file per project.</summary>
    public const string Folder = "projects";

    // Edits that remove things model disruptions, not investments; a project only builds or improves.
    private static readonly string[] ForbiddenEdits = ["close", "export_ban"];

    internal static readonly TableSchema Schema = new(File,
        ["id", "name", "country", "capex_usd", "build_years"],
        ["opex_usd_per_year", "lifetime_years", "requires", "excludes", "estimate", "source", "notes", "opening_year"]);

    /// <summary>Reads the projects of <paramref name="source"/> and checks them against <paramref name="dataset"/>.</summary>
    public static ProjectLoadResult Load(IDatasetSource source, Dataset dataset)
    {
        var problems = new List<Problem>();
        var editFiles = source.List(Folder).Where(f => f.EndsWith(".json", StringComparison.OrdinalIgnoreCase)).ToList();
        using var reader = source.Open(File);
        if (reader is null)
        {
            foreach (var f in editFiles)
                problems.Add(new Problem(source.Describe(f), 0, 0, $"edits file without a project: there is no {File}"));
            return problems.Count > 0 ? new ProjectLoadResult(null, problems) : new ProjectLoadResult([], []);
        }
        var table = CsvTable.Read(reader, source.Describe(File), Schema, problems);
        if (Schema.Required.Any(c => table.IndexOf(c) < 0))
            return new ProjectLoadResult(null, problems);

        var rows = new List<(Project Project, RowReader Row)>();
        var countries = dataset.Countries.Select(c => c.Code).Concat(dataset.Nodes.Select(n => n.Country)).ToHashSet(StringComparer.Ordinal);
        foreach (var csvRow in table.Rows)
        {
            var r = new RowReader(table, csvRow, problems);
            var project = ReadRow(r, countries);
            if (project.Id.Length > 0 && rows.Any(x => x.Project.Id == project.Id))
                r.Fail("id", $"a second project with id '{project.Id}'");
            project = WithEdits(project, source, problems);
            rows.Add((project, r));
        }
        foreach (var f in editFiles)
        {
            var id = Path.GetFileNameWithoutExtension(f);
            if (rows.All(x => x.Project.Id != id))
                problems.Add(new Problem(source.Describe(f), 0, 0, $"edits file without a project: no row with id '{id}' in {File}"));
        }
        CheckLinks(rows);
        if (problems.Count == 0)
            CheckEdits(rows.Select(x => x.Project).ToList(), dataset, problems);
        return problems.Count > 0
            ? new ProjectLoadResult(null, problems.OrderBy(p => p.File, StringComparer.Ordinal).ThenBy(p => p.Line).ThenBy(p => p.Column).ToList())
            : new ProjectLoadResult(rows.Select(x => x.Project).ToArray(), []);
    }

    private static Project ReadRow(RowReader r, HashSet<string> countries)
    {
        var country = r.Text("country", required: true);
        if (country.Length > 0 && !countries.Contains(country))
            r.Fail("country", $"unknown country '{country}'{Suggestions.DidYouMean(country, countries)}");
        return new Project
        {
            Id = r.Text("id", required: true),
            Name = r.Text("name", required: true),
            Country = country,
            CapexUsd = r.Number("capex_usd", required: true) ?? 0,
            BuildYears = r.Integer("build_years", positive: true) is { } b ? b : Required(r, "build_years"),
            OpexUsdPerYear = r.Number("opex_usd_per_year") ?? 0,
            LifetimeYears = r.Integer("lifetime_years", positive: true),
            Requires = r.List("requires"),
            Excludes = r.List("excludes"),
            Estimate = r.Boolean("estimate", false),
            Source = r.Text("source"),
            Notes = r.Text("notes"),
            OpeningYear = r.Integer("opening_year", positive: true),
        };
    }

    private static int Required(RowReader r, string column)
    {
        if (r.Raw(column).Length == 0)
            r.Fail(column, $"'{column}' is required");
        return 1;
    }

    private static Project WithEdits(Project project, IDatasetSource source, List<Problem> problems)
    {
        if (project.Id.Length == 0)
            return project;
        var path = $"{Folder}/{project.Id}.json";
        var file = source.Describe(path);
        using var reader = source.Open(path);
        if (reader is null)
        {
            problems.Add(new Problem(file, 0, 0, $"missing edits file for project '{project.Id}' (use {{\"name\": \"{project.Id}\", \"edits\": []}} for none)"));
            return project;
        }
        if (SourceText.Read(reader, file, problems) is not { } text)
            return project;
        var parsed = ScenarioParser.Parse(text, file);
        problems.AddRange(parsed.Problems);
        if (parsed.Scenario is not { } scenario)
            return project;
        if (scenario.Name != project.Id)
            problems.Add(new Problem(file, 1, 1, $"'name' is '{scenario.Name}' but the file belongs to project '{project.Id}'"));
        foreach (var edit in scenario.Edits.Where(e => ForbiddenEdits.Contains(e.Type, StringComparer.Ordinal)))
            problems.Add(new Problem(file, edit.Line, edit.Column, $"a project cannot '{edit.Type}': projects build or improve; disruptions belong in scenarios"));
        return project with { Edits = scenario.Edits, EditsFile = file };
    }

    private static void CheckLinks(List<(Project Project, RowReader Row)> rows)
    {
        var ids = rows.Select(x => x.Project.Id).Where(id => id.Length > 0).ToHashSet(StringComparer.Ordinal);
        foreach (var (project, row) in rows)
        {
            foreach (var (column, list) in new[] { ("requires", project.Requires), ("excludes", project.Excludes) })
            {
                foreach (var id in list)
                {
                    if (id == project.Id)
                        row.Fail(column, $"project '{id}' cannot name itself in '{column}'");
                    else if (!ids.Contains(id))
                        row.Fail(column, $"unknown project '{id}'{Suggestions.DidYouMean(id, ids)}");
                }
            }
            foreach (var id in project.Requires.Intersect(project.Excludes, StringComparer.Ordinal))
                row.Fail("excludes", $"project '{id}' is both required and excluded");
        }
        var byId = rows.Where(x => x.Project.Id.Length > 0).GroupBy(x => x.Project.Id).ToDictionary(g => g.Key, g => g.First().Project, StringComparer.Ordinal);
        foreach (var (project, row) in rows)
        {
            if (project.Id.Length > 0 && RequiresClosure(project, byId).Contains(project.Id))
                row.Fail("requires", $"project '{project.Id}' requires itself through a cycle of 'requires'");
        }
    }

    /// <summary>Every project <paramref name="project"/> needs, directly or through others (not itself unless in a cycle).</summary>
    internal static HashSet<string> RequiresClosure(Project project, IReadOnlyDictionary<string, Project> byId)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var stack = new Stack<string>(project.Requires);
        while (stack.Count > 0)
        {
            var id = stack.Pop();
            if (!seen.Add(id) || !byId.TryGetValue(id, out var next))
                continue;
            foreach (var r in next.Requires)
                stack.Push(r);
        }
        return seen;
    }

    // Each project's edits may name what the projects it requires build, so they are checked against
    // the dataset with those projects' new nodes and links in place.
    private static void CheckEdits(List<Project> projects, Dataset dataset, List<Problem> problems)
    {
        var byId = projects.ToDictionary(p => p.Id, StringComparer.Ordinal);
        foreach (var project in projects)
        {
            var required = RequiresClosure(project, byId).Select(id => byId[id].Edits).ToList();
            var builds = required.SelectMany(e => e.OfType<AddNodeEdit>()).Cast<ScenarioEdit>()
                .Concat(required.SelectMany(e => e.OfType<AddLinkEdit>())).ToArray();
            var extended = builds.Length == 0 ? dataset
                : ScenarioApplier.Apply(dataset, [new Scenario { Name = "required projects", Edits = builds }]).Dataset;
            problems.AddRange(ScenarioApplier.Validate(extended, [project.AsScenario()]));
        }
    }
}
