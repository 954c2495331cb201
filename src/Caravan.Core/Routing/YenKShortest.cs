namespace Caravan.Core.Routing;

/// <summary>
/// Yen's algorithm for the k cheapest loopless paths, run on the states of the search graph so
/// that transfers are priced and limits respected in every spur search. A candidate is accepted
/// when it is distinct (a different sequence of arcs) and, when asked, genuinely different: no
/// more than a fraction of its generalised cost lies on links already used by an accepted route.
/// </summary>
internal static class YenKShortest
{
    public static (List<int[]> Paths, int Skipped) Run(IPathSearch q, int k, double maxSharedFraction)
    {
        var first = q.Search(q.Start);
        if (first is null || k <= 0)
            return ([], 0);
        var found = new List<int[]> { first };
        var accepted = new List<int[]> { first };
        var sharedLinks = new HashSet<int>(first.Select(q.LinkOf));
        var seen = new HashSet<string>(StringComparer.Ordinal) { Key(first) };
        var candidates = new PriorityQueue<int[], double>();
        var bannedNodes = new bool[q.Graph.NodeCount];
        var bannedArcs = new bool[q.Graph.Tail.Length];
        var skipped = 0;
        // Generating more than this many paths to find k genuinely different ones is not worth it.
        var budget = maxSharedFraction >= 1 ? k : (k * 50) + 100;
        while (accepted.Count < k && found.Count < budget)
        {
            var previous = found[^1];
            for (var i = 0; i < previous.Length; i++)
            {
                var root = previous.AsSpan(0, i);
                var spurNode = i == 0 ? q.Origin : q.Graph.Head[previous[i - 1]];
                var banned = new List<int>();
                foreach (var p in found)
                {
                    if (p.Length > i && p.AsSpan(0, i).SequenceEqual(root) && !bannedArcs[p[i]])
                    {
                        bannedArcs[p[i]] = true;
                        banned.Add(p[i]);
                    }
                }
                bannedNodes[q.Origin] = spurNode != q.Origin;
                foreach (var a in root)
                    bannedNodes[q.Graph.Head[a]] = q.Graph.Head[a] != spurNode;
                var spur = q.Search(q.After(root), bannedNodes, bannedArcs);
                foreach (var a in banned)
                    bannedArcs[a] = false;
                bannedNodes[q.Origin] = false;
                foreach (var a in root)
                    bannedNodes[q.Graph.Head[a]] = false;
                if (spur is null)
                    continue;
                int[] candidate = [.. root, .. spur];
                if (seen.Add(Key(candidate)))
                    candidates.Enqueue(candidate, q.Weight(candidate));
            }
            if (!candidates.TryDequeue(out var next, out _))
                break;
            found.Add(next);
            if (SharedFraction(q, next, sharedLinks) <= maxSharedFraction)
            {
                accepted.Add(next);
                foreach (var a in next)
                    sharedLinks.Add(q.LinkOf(a));
            }
            else
            {
                skipped++;
            }
        }
        return (accepted, skipped);
    }

    private static double SharedFraction(IPathSearch q, int[] path, HashSet<int> links)
    {
        double shared = 0, total = 0;
        foreach (var a in path)
        {
            var w = q.Graph.Weight[a];
            total += w;
            if (links.Contains(q.LinkOf(a)))
                shared += w;
        }
        return total <= 0 ? 1 : shared / total;
    }

    private static string Key(int[] arcs) => string.Join(',', arcs);
}
