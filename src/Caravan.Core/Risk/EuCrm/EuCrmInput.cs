using Caravan.Core.Data;

namespace Caravan.Core.Risk;

/// <summary>
/// A user's EU-method input file, in one of two shapes told apart by the header: stage-level results
/// (<c>material, sr_e, sr_p, ei</c>) or full inputs (<c>material, stage, scope, country, share</c> and the
/// material's IR, EoL-RIR, SI_SR, EI). See docs/risk.md.
/// </summary>
public sealed class EuCrmInput
{
    private EuCrmInput(bool stageLevel, IReadOnlyList<StageLevelRow> stageRows, IReadOnlyList<FullInputRow> fullRows, IReadOnlyList<Problem> problems)
    {
        IsStageLevel = stageLevel;
        StageRows = stageRows;
        FullRows = fullRows;
        Problems = problems;
    }

    /// <summary>True for the stage-level shape.</summary>
    public bool IsStageLevel { get; }

    /// <summary>Rows of the stage-level shape.</summary>
    public IReadOnlyList<StageLevelRow> StageRows { get; }

    /// <summary>Rows of the full-input shape.</summary>
    public IReadOnlyList<FullInputRow> FullRows { get; }

    /// <summary>Every problem, as file:line:column; the input is usable only when there is none.</summary>
    public IReadOnlyList<Problem> Problems { get; }

    /// <summary>Reads an input file; <paramref name="file"/> names it in messages.</summary>
    public static EuCrmInput Read(TextReader reader, string file)
    {
        var problems = new List<Problem>();
        if (SourceText.Read(reader, file, problems) is not { } text)
            return new EuCrmInput(false, [], [], problems);
        var header = text.Split('\n', 2)[0].Split(',').Select(h => h.Trim().Trim('"').TrimStart('\uFEFF')).ToHashSet(StringComparer.Ordinal);
        if (header.Contains("sr_e") || header.Contains("sr_p"))
        {
            var rows = ReadRows(text, file, MineralsSchemas.StageLevel, problems, StageLevelReader.ReadRow);
            return new EuCrmInput(true, rows, [], problems);
        }
        if (header.Contains("share"))
        {
            var rows = ReadRows(text, file, MineralsSchemas.FullInput, problems, ReadFull);
            CheckFull(file, rows, problems);
            return new EuCrmInput(false, [], rows, problems);
        }
        problems.Add(new Problem(file, 1, 1,
            "unrecognised input: the header needs either material,sr_e,sr_p,ei (stage-level results) or material,stage,scope,country,share (full inputs)"));
        return new EuCrmInput(true, [], [], problems);
    }

    /// <summary>Runs the method: per material SR by the stage rule, bottleneck, EI and verdict.</summary>
    /// <param name="governance">Where to look up WGI for full-input rows that give no <c>wgi_mean</c>; null = nowhere.</param>
    public IReadOnlyList<EuCrmResult> Evaluate(Governance? governance = null)
    {
        if (Problems.Count > 0)
            throw new InvalidOperationException("the input has problems; check Problems first");
        if (IsStageLevel)
            return StageRows.Select(r => new EuCrmResult(r.Evaluate(), null, null, r.PublishedSr is null ? null : r)).ToArray();
        return FullRows.GroupBy(r => r.Material, StringComparer.Ordinal).Select(material =>
        {
            StageRisk? Stage(SupplyStage stage)
            {
                var rows = material.Where(r => r.Stage == stage).ToList();
                if (rows.Count == 0)
                    return null;
                HhiWgi? Hhi(HhiScope scope)
                {
                    var terms = rows.Where(r => r.Scope == scope && !Concentration.IsUnattributed(r.Country))
                        .Select(r => new HhiWgiTerm(r.Country, r.Share,
                            r.WgiMean is { } mean ? EuCrmMethod.ScaleWgi(mean) : governance?.Scaled(r.Country),
                            r.TradeParameter ?? 1.0))
                        .ToArray();
                    return rows.Any(r => r.Scope == scope) ? new HhiWgi(terms) : null;
                }
                return EuCrmMethod.Assess(stage, Hhi(HhiScope.Global), Hhi(HhiScope.Sourcing),
                    rows.Select(r => r.ImportReliance).FirstOrDefault(v => v is not null),
                    rows.Select(r => r.EolRir).FirstOrDefault(v => v is not null),
                    rows.Select(r => r.SiSr).FirstOrDefault(v => v is not null));
            }
            var extraction = Stage(SupplyStage.Extraction);
            var processing = Stage(SupplyStage.Processing);
            var ei = material.Select(r => r.Ei).FirstOrDefault(v => v is not null);
            return new EuCrmResult(Criticality.FromStages(material.Key, extraction, processing, ei), extraction, processing, null);
        }).ToArray();
    }

    private static List<T> ReadRows<T>(string text, string file, TableSchema schema, List<Problem> problems, Func<RowReader, T> read)
    {
        var table = CsvTable.Read(new StringReader(text), file, schema, problems);
        if (schema.Required.Any(c => table.IndexOf(c) < 0))
            return [];
        if (table.Header.Count > 0 && table.Rows.Count == 0)
            problems.Add(new Problem(file, 2, 1, "no data rows"));
        return table.Records(schema, problems, read).Select(r => r.Value).ToList();
    }

    private static FullInputRow ReadFull(RowReader r) => new(
        r.Text("material", required: true),
        r.Enum<SupplyStage>("stage", required: true) ?? SupplyStage.Extraction,
        r.Enum<HhiScope>("scope", required: true) ?? HhiScope.Global,
        r.CountryCode("country", allowUnattributed: true),
        r.Fraction("share", required: true) ?? 0,
        r.Number("wgi_mean", min: -2.5, max: 2.5),
        r.Number("trade_parameter", positive: true),
        r.Fraction("import_reliance"), r.Fraction("eol_rir"), r.Fraction("si_sr"),
        r.Number("ei", max: 10),
        r.Line);

    private static void CheckFull(string file, List<FullInputRow> rows, List<Problem> problems)
    {
        foreach (var group in rows.GroupBy(r => (r.Material, r.Stage, r.Scope)))
        {
            var sum = 0.0;
            var countries = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            foreach (var row in group)
            {
                sum += row.Share;
                if (sum > 1 + 1e-6)
                    problems.Add(new Problem(file, row.Line, 0, $"{row.Material} {Network.SnakeCase.Name(row.Stage)} {Network.SnakeCase.Name(row.Scope)}: shares add up to {sum:0.###}, more than 1"));
                if (!countries.Add(row.Country))
                    problems.Add(new Problem(file, row.Line, 0, $"{row.Material} {Network.SnakeCase.Name(row.Stage)} {Network.SnakeCase.Name(row.Scope)}: country '{row.Country}' listed twice"));
            }
        }
        foreach (var group in rows.GroupBy(r => (r.Material, r.Stage)))
        {
            Agree(group, r => r.ImportReliance, "import_reliance");
            Agree(group, r => r.EolRir, "eol_rir");
            Agree(group, r => r.SiSr, "si_sr");
        }
        foreach (var group in rows.GroupBy(r => r.Material))
            Agree(group, r => r.Ei, "ei");

        void Agree(IEnumerable<FullInputRow> group, Func<FullInputRow, double?> value, string name)
        {
            FullInputRow? first = null;
            foreach (var row in group.Where(r => value(r) is not null))
            {
                first ??= row;
                if (Math.Abs(value(row)!.Value - value(first)!.Value) > 1e-12)
                    problems.Add(new Problem(file, row.Line, 0,
                        $"{row.Material}: '{name}' is {value(row)} here but {value(first)} on line {first.Line}; give one value"));
            }
        }
    }
}
