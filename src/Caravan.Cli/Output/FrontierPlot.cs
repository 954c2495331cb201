using Caravan.Optimization.Investment;

namespace Caravan.Cli.Output;

/// <summary>Draws the budget frontier (objective against budget) as PNG and SVG.</summary>
internal static class FrontierPlot
{
    /// <summary>Writes <c>frontier.png</c> and <c>frontier.svg</c> into <paramref name="folder"/>; returns their paths.</summary>
    public static IReadOnlyList<string> Save(IReadOnlyList<FrontierPoint> points, string folder)
    {
        Directory.CreateDirectory(folder);
        var solved = points.Where(p => double.IsFinite(p.ObjectiveUsd)).ToArray();
        using var plot = new ScottPlot.Plot();
        // Budget in US$ bn and cost in US$ m/yr keep the tick labels short.
        var scatter = plot.Add.Scatter(solved.Select(p => p.BudgetUsd / 1e9).ToArray(), solved.Select(p => p.ObjectiveUsd / 1e6).ToArray());
        scatter.LegendText = "optimal portfolio";
        scatter.ConnectStyle = ScottPlot.ConnectStyle.StepHorizontal;
        plot.Title("Budget frontier: expected annual total cost");
        plot.XLabel("capex budget (US$ bn)");
        plot.YLabel("expected annual cost (US$ m/yr)");
        var png = Path.Combine(folder, "frontier.png");
        var svg = Path.Combine(folder, "frontier.svg");
        plot.SavePng(png, 900, 560);
        plot.SaveSvg(svg, 900, 560);
        return [png, svg];
    }
}
