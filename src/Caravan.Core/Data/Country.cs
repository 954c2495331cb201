namespace Caravan.Core.Data;

/// <summary>A country with its World Bank Worldwide Governance Indicators (estimates, −2.5 … 2.5).</summary>
public sealed record Country
{
    /// <summary>ISO 3166-1 alpha-2 code.</summary>
    public required string Code { get; init; }

    /// <summary>Name.</summary>
    public required string Name { get; init; }

    /// <summary>The six WGI estimates; null where unknown.</summary>
    public WgiEstimates Wgi { get; init; } = new();

    /// <summary>Data year of the WGI estimates.</summary>
    public int? WgiYear { get; init; }
}

/// <summary>The six Worldwide Governance Indicators, estimates on the −2.5 (weak) … 2.5 (strong) scale.</summary>
public sealed record WgiEstimates
{
    /// <summary>Voice and accountability.</summary>
    public double? VoiceAccountability { get; init; }

    /// <summary>Political stability and absence of violence/terrorism.</summary>
    public double? PoliticalStability { get; init; }

    /// <summary>Government effectiveness.</summary>
    public double? GovernmentEffectiveness { get; init; }

    /// <summary>Regulatory quality.</summary>
    public double? RegulatoryQuality { get; init; }

    /// <summary>Rule of law.</summary>
    public double? RuleOfLaw { get; init; }

    /// <summary>Control of corruption.</summary>
    public double? ControlOfCorruption { get; init; }

    /// <summary>Mean of the six, or null unless all six are known.</summary>
    public double? Mean
    {
        get
        {
            double?[] all = [VoiceAccountability, PoliticalStability, GovernmentEffectiveness, RegulatoryQuality, RuleOfLaw, ControlOfCorruption];
            return all.All(v => v.HasValue) ? all.Average() : null;
        }
    }
}
