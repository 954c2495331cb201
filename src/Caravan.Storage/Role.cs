namespace Caravan.Storage;

/// <summary>What an API key may do. Each role includes the ones below it.</summary>
public enum Role
{
    /// <summary>Reads everything shared, and its own private scenarios.</summary>
    Viewer = 0,

    /// <summary>Also creates scenarios and starts runs.</summary>
    Analyst = 1,

    /// <summary>Also sees and deletes everyone's scenarios and runs.</summary>
    Admin = 2,
}
