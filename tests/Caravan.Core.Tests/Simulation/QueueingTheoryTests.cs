using Caravan.Core.Data;
using Caravan.Core.Simulation;

namespace Caravan.Core.Tests.Simulation;

/// <summary>The simulator against closed-form queueing results, on datasets a user could write.</summary>
public sealed class QueueingTheoryTests
{
    private static SimulationRun Run(int servers, double meanService, int replications = 24, double days = 1000) =>
        MonteCarlo.Run(SimulationModel.Compile(QueueNetworks.Port(servers, meanService), new SimulationOptions
        {
            Replications = replications,
            HorizonDays = days,
            WarmupDays = 20,
            LotTonnes = 1,
            Seed = 2026,
        }));

    /// <summary>Erlang C: probability of waiting in M/M/c with offered load a = λ/μ.</summary>
    private static double ErlangC(int c, double a)
    {
        double term = 1, sum = 0;
        for (var k = 0; k < c; k++)
        {
            sum += term;
            term *= a / (k + 1);
        }
        var last = term * c / (c - a);
        return last / (sum + last);
    }

    private static void AssertWithin3Percent(double theory, double estimate, double halfWidth)
    {
        Assert.True(Math.Abs(estimate - theory) <= 0.03 * theory, $"estimate {estimate} vs theory {theory}");
        Assert.True(halfWidth <= 0.03 * theory, $"95 % half-width {halfWidth} is not within 3 % of {theory}");
    }

    [Fact]
    public void PortWithOneServer_MM1_MeanWaitAndQueueMatchTheory()
    {
        // λ = 1/h, E[S] = 0.7 h: ρ = 0.7, Wq = ρ E[S] / (1 − ρ) = 1.6333 h, Lq = λ Wq.
        var port = Run(1, 0.7).Result.Resources.Single(r => r.Id == "P");
        var wq = 0.7 * 0.7 / 0.3;
        AssertWithin3Percent(wq, port.MeanWaitHours, port.MeanWaitHoursHalfWidth95);
        AssertWithin3Percent(wq, port.MeanQueue, port.MeanQueueHalfWidth95);
        Assert.Equal(0.7, port.Utilisation!.Value, 0.01);
    }

    [Fact]
    public void PortWithThreeServers_MMc_MeanWaitAndQueueMatchErlangC()
    {
        // λ = 1/h, E[S] = 2.1 h, c = 3: a = 2.1, ρ = 0.7, Wq = C(3, 2.1) / (cμ − λ).
        var port = Run(3, 2.1, replications: 48).Result.Resources.Single(r => r.Id == "P");
        var wq = ErlangC(3, 2.1) / (3 / 2.1 - 1);
        // By hand: 1 + 2.1 + 2.205 = 5.305; 2.1³/3! × 3/0.9 = 5.145; C = 5.145 / 10.45 = 0.49234.
        Assert.Equal(0.49234, ErlangC(3, 2.1), 5);
        AssertWithin3Percent(wq, port.MeanWaitHours, port.MeanWaitHoursHalfWidth95);
        AssertWithin3Percent(wq, port.MeanQueue, port.MeanQueueHalfWidth95);
        Assert.Equal(0.7, port.Utilisation!.Value, 0.01);
    }

    [Fact]
    public void FixtureFolder_MM1WrittenAsCsv_MeanWaitMatchesTheory()
    {
        // The same M/M/1 queue as a user would write it: tests/Caravan.Core.Tests/Fixtures/mm1.
        var load = DatasetReader.LoadFolder(Path.Combine(AppContext.BaseDirectory, "Fixtures", "mm1"));
        Assert.Empty(load.Problems);
        var port = MonteCarlo.Run(SimulationModel.Compile(load.Dataset!, new SimulationOptions
        {
            Replications = 24,
            HorizonDays = 1000,
            WarmupDays = 20,
            LotTonnes = 1,
            Seed = 7,
        })).Result.Resources.Single(r => r.Id == "KZAKX");
        AssertWithin3Percent(0.7 * 0.7 / 0.3, port.MeanWaitHours, port.MeanWaitHoursHalfWidth95);
    }

    [Fact]
    public void EveryResource_LittlesLaw_LEqualsLambdaW()
    {
        var run = Run(2, 1.6, replications: 8, days: 400);
        Assert.NotEmpty(run.Result.Resources);
        foreach (var r in run.Result.Resources)
        {
            var lambdaW = r.ArrivalsPerHour * r.MeanTimeInSystemHours;
            Assert.True(Math.Abs(r.MeanInSystem - lambdaW) <= 0.01 * lambdaW,
                $"{r.Id}: L = {r.MeanInSystem}, λW = {lambdaW}");
        }
    }
}
