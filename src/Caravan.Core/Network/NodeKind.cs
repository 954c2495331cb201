namespace Caravan.Core.Network;

/// <summary>What a node is. Dataset files spell them in snake case (<c>rail_terminal</c>).</summary>
public enum NodeKind
{
    /// <summary>A mine: where ore or concentrate is produced.</summary>
    Mine,
    /// <summary>A plant: refinery, smelter, processing site.</summary>
    Plant,
    /// <summary>A rail terminal or marshalling yard.</summary>
    RailTerminal,
    /// <summary>A border crossing with customs dwell and possibly a gauge change.</summary>
    Border,
    /// <summary>A sea, Caspian or river port.</summary>
    Port,
    /// <summary>A cargo airport.</summary>
    Airport,
    /// <summary>A logistics hub or junction.</summary>
    Hub,
    /// <summary>A customer: where demand is.</summary>
    Customer,
}
