namespace Caravan.Core.Assignment.Tntp;

public static partial class TntpReader
{
    private static TntpTrips? ReadTripsBody(TntpSource source, string file, TntpReadOptions options, TntpProblems problems)
    {
        var (metadata, complete) = TntpMetadata.Read(source, problems);
        if (!complete)
            return null;
        var zones = metadata.Integer("NUMBER OF ZONES", 1, options.MaxZones, required: true);
        var declaredTotal = metadata.Number("TOTAL OD FLOW", 0, required: false);
        if (problems.Any)
            return null;
        var zoneCount = zones!.Value;
        var originSeen = new bool[zoneCount + 1];
        var destinationOf = new int[zoneCount + 1]; // the origin a destination was last listed for, to catch repeats
        var origins = new List<int>();
        var destinations = new List<int>();
        var volumes = new List<double>();
        var origin = 0;
        while (!problems.Full && source.Next() is { } text)
        {
            var line = TntpLine.Split(source.LineNumber, text, punctuation: true);
            var tokens = line.Tokens;
            var t = 0;
            while (t < tokens.Count)
            {
                var token = tokens[t];
                if (token.Text.Equals("Origin", StringComparison.OrdinalIgnoreCase))
                {
                    if (t + 1 >= tokens.Count)
                    {
                        problems.Add(line.Number, line.EndColumn, "missing origin number after 'Origin'");
                        break;
                    }
                    if (!TryInteger(tokens[t + 1], "origin", 1, zoneCount, line.Number, problems, out origin))
                    {
                        origin = 0;
                        break;
                    }
                    if (originSeen[origin])
                    {
                        problems.Add(line.Number, tokens[t + 1].Column, $"origin {origin} appears twice");
                        origin = 0;
                        break;
                    }
                    originSeen[origin] = true;
                    t += 2;
                    continue;
                }
                if (token.Text == ";")
                {
                    t++;
                    continue;
                }
                if (origin == 0)
                {
                    problems.Add(line.Number, token.Column, $"expected 'Origin N', got '{Shorten(token.Text)}'");
                    break;
                }
                // destination : volume [;]
                if (!TryInteger(token, "destination", 1, zoneCount, line.Number, problems, out var destination))
                    break;
                if (t + 2 >= tokens.Count || tokens[t + 1].Text != ":")
                {
                    var at = t + 1 < tokens.Count ? tokens[t + 1].Column : line.EndColumn;
                    problems.Add(line.Number, at, $"expected 'destination : flow' after destination {destination}");
                    break;
                }
                if (!TryNumber(tokens[t + 2], "flow", line.Number, problems, out var volume))
                    break;
                if (volume < 0)
                {
                    problems.Add(line.Number, tokens[t + 2].Column, $"negative flow {tokens[t + 2].Text} from {origin} to {destination}");
                    break;
                }
                if (destinationOf[destination] == origin)
                {
                    problems.Add(line.Number, token.Column, $"destination {destination} is listed twice for origin {origin}");
                    break;
                }
                if (volumes.Count == options.MaxTripEntries)
                {
                    problems.Add(line.Number, token.Column, $"more than {options.MaxTripEntries:N0} entries, the limit");
                    return null;
                }
                destinationOf[destination] = origin;
                origins.Add(origin);
                destinations.Add(destination);
                volumes.Add(volume);
                t += 3;
            }
        }
        if (problems.Any)
            return null;
        var trips = new TntpTrips(file, zoneCount, metadata.LineOf("NUMBER OF ZONES"), declaredTotal, origins, destinations, volumes);
        if (declaredTotal is { } total)
        {
            var sum = trips.Total;
            if (Math.Abs(sum - total) > options.TotalFlowTolerance * Math.Max(Math.Abs(total), 1))
                problems.Add(metadata.LineOf("TOTAL OD FLOW"), metadata.ColumnOf("TOTAL OD FLOW"),
                    $"the trips sum to {sum:R} but <TOTAL OD FLOW> says {total:R} (tolerance {options.TotalFlowTolerance:G} relative)");
        }
        return trips;
    }
}
