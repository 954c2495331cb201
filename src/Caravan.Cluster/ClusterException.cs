namespace Caravan.Cluster;

/// <summary>A cluster run that cannot go on: the message says why, for the user.</summary>
public sealed class ClusterException : Exception
{
    /// <summary>An empty one.</summary>
    public ClusterException()
    {
    }

    /// <summary>One with <paramref name="message"/>.</summary>
    public ClusterException(string message) : base(message)
    {
    }

    /// <summary>One with <paramref name="message"/> caused by <paramref name="inner"/>.</summary>
    public ClusterException(string message, Exception inner) : base(message, inner)
    {
    }
}
