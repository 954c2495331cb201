using Caravan.Core.Data;

namespace Caravan.Core.Risk;

/// <summary>Reads rows of stage-level results (<c>material, sr_e, sr_p, ei</c> and the optional published columns).</summary>
internal static class StageLevelReader
{
    public static StageLevelRow ReadRow(RowReader r)
    {
        var material = r.Text("material", required: true);
        var extraction = r.Number("sr_e");
        var processing = r.Number("sr_p");
        // A published row may lack trustworthy stage values (a defective transcription) but keep its final SR.
        if (r.Raw("sr_e").Length == 0 && r.Raw("sr_p").Length == 0 && r.Raw("published_sr").Length == 0)
            r.Fail("sr_e", $"material '{material}' needs 'sr_e' or 'sr_p' (or both)");
        var publishedCritical = r.Raw("published_critical").Length > 0 ? r.Boolean("published_critical", false) : (bool?)null;
        return new StageLevelRow(material, extraction, processing, r.Number("ei", max: 10),
            r.Number("published_sr"), r.Enum<SupplyStage>("published_stage"), publishedCritical, r.Line);
    }
}
