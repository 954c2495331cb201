namespace Caravan.Core.Scenarios;

/// <summary>What a closure closes.</summary>
public enum ClosureTarget
{
    /// <summary>Every node in a country and every link that crosses it.</summary>
    Country,
    /// <summary>One node, with the links that touch it.</summary>
    Node,
    /// <summary>One link.</summary>
    Link,
    /// <summary>Every link that passes a strait or canal.</summary>
    Chokepoint,
}
