using Caravan.Core.Data;

namespace Caravan.Core.Risk;

/// <summary>The columns of the <c>minerals/</c> tables (documented in docs/risk.md).</summary>
internal static class MineralsSchemas
{
    public static readonly TableSchema Production = new("minerals/production.csv",
        ["mineral", "stage", "country", "year", "quantity", "unit", "edition", "edition_year"],
        ["estimate", "notes"]);

    public static readonly TableSchema Sourcing = new("minerals/sourcing.csv",
        ["importer", "mineral", "stage", "origin"],
        ["tonnes_per_year", "share", "year", "basis", "notes"]);

    public static readonly TableSchema Restrictions = new("minerals/restrictions.csv",
        ["country", "mineral", "measure", "effective"],
        ["importer", "announced", "suspended_from", "suspended_until", "trade_parameter", "notes"]);

    public static readonly TableSchema TradeParameters = new("minerals/trade-parameters.csv",
        ["mineral", "stage", "country", "scope", "value"], ["notes"]);

    public static readonly TableSchema CrmInputs = new("minerals/eu-crm-inputs.csv",
        ["mineral", "stage"],
        ["eu_material", "import_reliance", "eol_rir", "si_sr", "si_ei", "ei", "notes"]);

    public static readonly TableSchema Governance = new("minerals/governance.csv",
        ["code", "name"],
        ["wgi_va", "wgi_pv", "wgi_ge", "wgi_rq", "wgi_rl", "wgi_cc", "wgi_year", "notes"]);

    /// <summary>Stage-level results: the published table and the stage-level input shape.</summary>
    public static readonly TableSchema StageLevel = new("minerals/eu-crm-2023.csv",
        ["material", "sr_e", "sr_p", "ei"],
        ["published_sr", "published_stage", "published_critical", "notes"]);

    /// <summary>Full inputs: one row per material, stage, scope and country.</summary>
    public static readonly TableSchema FullInput = new("input.csv",
        ["material", "stage", "scope", "country", "share"],
        ["wgi_mean", "trade_parameter", "import_reliance", "eol_rir", "si_sr", "ei", "notes"]);
}
