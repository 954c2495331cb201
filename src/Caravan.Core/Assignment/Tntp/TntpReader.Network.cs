namespace Caravan.Core.Assignment.Tntp;

public static partial class TntpReader
{
    private static readonly string[] LinkFields =
        ["init_node", "term_node", "capacity", "length", "free_flow_time", "b", "power", "speed", "toll", "link_type"];

    private static TntpNetwork? ReadNetworkBody(TntpSource source, string file, TntpReadOptions options, TntpProblems problems)
    {
        var (metadata, complete) = TntpMetadata.Read(source, problems);
        if (!complete)
            return null;
        var zones = metadata.Integer("NUMBER OF ZONES", 1, options.MaxZones, required: true);
        var nodes = metadata.Integer("NUMBER OF NODES", 1, options.MaxNodes, required: true);
        var declaredLinks = metadata.Integer("NUMBER OF LINKS", 0, options.MaxLinks, required: true);
        var firstThrough = metadata.Integer("FIRST THRU NODE", 1, int.MaxValue - 1, required: false) ?? 1;
        var tollFactor = metadata.Number("TOLL FACTOR", 0, required: false) ?? 0;
        var distanceFactor = metadata.Number("DISTANCE FACTOR", 0, required: false) ?? 0;
        if (zones is { } z && nodes is { } n && z > n)
            problems.Add(metadata.LineOf("NUMBER OF ZONES"), metadata.ColumnOf("NUMBER OF ZONES"),
                $"{z} zones but {n} nodes: zone {n + 1} is not a node (zones are nodes 1..{z})");
        if (nodes is { } n2 && firstThrough > n2 + 1)
            problems.Add(metadata.LineOf("FIRST THRU NODE"), metadata.ColumnOf("FIRST THRU NODE"),
                $"<FIRST THRU NODE> {firstThrough} is beyond the last node, {n2}");
        if (problems.Any)
            return null;

        var nodeCount = nodes!.Value;
        var links = new List<TntpLink>(Math.Min(declaredLinks!.Value, 1 << 20));
        while (!problems.Full && source.Next() is { } text)
        {
            var line = TntpLine.Split(source.LineNumber, text, punctuation: false);
            if (line.Tokens.Count == 0)
                continue;
            if (links.Count == options.MaxLinks)
            {
                problems.Add(line.Number, 1, $"more than {options.MaxLinks:N0} links, the limit");
                break;
            }
            if (ReadLink(line, nodeCount, tollFactor, distanceFactor, problems) is { } link)
                links.Add(link);
        }
        if (!problems.Any && links.Count != declaredLinks.Value)
            problems.Add(metadata.LineOf("NUMBER OF LINKS"), metadata.ColumnOf("NUMBER OF LINKS"),
                $"<NUMBER OF LINKS> says {declaredLinks.Value:N0} but the file has {links.Count:N0} links");
        return new TntpNetwork(file, zones!.Value, nodeCount, firstThrough, tollFactor, distanceFactor, links);
    }

    private static TntpLink? ReadLink(TntpLine line, int nodeCount, double tollFactor, double distanceFactor, TntpProblems problems)
    {
        var tokens = line.Tokens;
        if (tokens.Count < LinkFields.Length)
        {
            problems.Add(line.Number, line.EndColumn, $"missing column '{LinkFields[tokens.Count]}': a link line has {LinkFields.Length} fields ({string.Join(' ', LinkFields)}), this one {tokens.Count}");
            return null;
        }
        if (tokens.Count > LinkFields.Length)
        {
            problems.Add(line.Number, tokens[LinkFields.Length].Column, $"unexpected field '{Shorten(tokens[LinkFields.Length].Text)}': a link line has {LinkFields.Length} fields");
            return null;
        }
        var before = problems.List.Count;
        TryInteger(tokens[0], "init_node", 1, nodeCount, line.Number, problems, out var from);
        TryInteger(tokens[1], "term_node", 1, nodeCount, line.Number, problems, out var to);
        var values = new double[7];
        for (var f = 2; f <= 8; f++)
            TryNumber(tokens[f], LinkFields[f], line.Number, problems, out values[f - 2]);
        TryInteger(tokens[9], "link_type", int.MinValue, int.MaxValue, line.Number, problems, out var type);
        if (problems.List.Count > before)
            return null;
        var (capacity, length, time, b, power, speed, toll) = (values[0], values[1], values[2], values[3], values[4], values[5], values[6]);
        if (capacity < 0)
            problems.Add(line.Number, tokens[2].Column, $"negative capacity {tokens[2].Text}");
        if (time < 0)
            problems.Add(line.Number, tokens[4].Column, $"negative free_flow_time {tokens[4].Text}");
        if (b < 0)
            problems.Add(line.Number, tokens[5].Column, $"negative b {tokens[5].Text}");
        if (power < 0 || (power > 0 && power < 1))
            problems.Add(line.Number, tokens[6].Column, $"power {tokens[6].Text} must be 0 or at least 1 (between 0 and 1 the travel time is concave, and equilibrium needs it convex)");
        if (capacity == 0 && b > 0 && power > 0)
            problems.Add(line.Number, tokens[2].Column, "capacity 0 with b > 0 makes the travel time infinite");
        // A negative length or toll matters only where its factor puts it in the cost, which must not be negative.
        if (distanceFactor > 0 && length < 0)
            problems.Add(line.Number, tokens[3].Column, $"negative length {tokens[3].Text} with a distance factor would give a negative cost");
        if (tollFactor > 0 && toll < 0)
            problems.Add(line.Number, tokens[8].Column, $"negative toll {tokens[8].Text} with a toll factor would give a negative cost");
        if (problems.List.Count > before)
            return null;
        return new TntpLink(from, to, capacity, length, time, b, power, speed, toll, type, line.Number);
    }
}
