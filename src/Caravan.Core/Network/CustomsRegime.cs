namespace Caravan.Core.Network;

/// <summary>The customs regime in force at a border crossing.</summary>
public enum CustomsRegime
{
    /// <summary>Paper documents.</summary>
    Paper,
    /// <summary>Digital documents (eTIR, e-CMR, electronic CIM/SMGS).</summary>
    Digital,
}
