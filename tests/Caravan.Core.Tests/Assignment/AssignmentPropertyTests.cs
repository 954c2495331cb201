using Caravan.Core.Assignment;
using CsCheck;

namespace Caravan.Core.Tests.Assignment;

/// <summary>
/// On random small, often heavily congested networks: all demand is loaded, no class uses an arc it
/// may not, the gap target is met, Algorithm B's objective lies within the duality bound of
/// Frank–Wolfe's, and the thread count changes nothing.
/// </summary>
public sealed class AssignmentPropertyTests
{
    [Fact]
    public void Solve_RandomSingleClassNetworks_MeetATightGap()
    {
        Problems(classes: 1).Sample(problem =>
        {
            var result = EquilibriumAssignment.Solve(problem, new AssignmentOptions { RelativeGap = 1e-8, MaxIterations = 1000 });
            Assert.Equal(AssignmentStatus.Converged, result.Status);
            EngineBehaviourTests.AssertZoneBalance(problem, result);
        }, iter: 60);
    }

    [Fact]
    public void Solve_RandomTwoClassNetworks_LoadAllDemandOnAllowedArcsAndMeetTheGap()
    {
        Problems(classes: 2).Sample(problem =>
        {
            var result = EquilibriumAssignment.Solve(problem, new AssignmentOptions { RelativeGap = 1e-8, MaxIterations = 1000 });
            Assert.Equal(AssignmentStatus.Converged, result.Status);
            EngineBehaviourTests.AssertZoneBalance(problem, result);
            for (var a = 0; a < problem.Network.ArcCount; a++)
            {
                Assert.True(result.ClassArcFlow[1][a] == 0 || problem.Classes[1].AllowedArcs![a], "a class used an arc it may not");
                Assert.True(result.ArcFlow[a] >= 0);
            }
        }, iter: 60);
    }

    [Fact]
    public void Solve_RandomOvercrowdedNetworks_StillConverge()
    {
        // Volumes up to ten times capacity bring out Algorithm B's slow case (docs/assignment.md,
        // "Convergence"): two bushes whose alternatives run over the same arcs in opposite senses
        // trade flow at a linear rate. So a looser target here, with a generous iteration bound.
        Problems(classes: 2, overcrowded: true).Sample(problem =>
        {
            var result = EquilibriumAssignment.Solve(problem, new AssignmentOptions { RelativeGap = 1e-4, MaxIterations = 2000 });
            Assert.Equal(AssignmentStatus.Converged, result.Status);
            EngineBehaviourTests.AssertZoneBalance(problem, result);
        }, iter: 40);
    }

    [Fact]
    public void Solve_RandomNetworks_AgreesWithFrankWolfeWithinTheDualityBound()
    {
        Problems(classes: 2).Sample(problem =>
        {
            var b = EquilibriumAssignment.Solve(problem, new AssignmentOptions { RelativeGap = 1e-7, MaxIterations = 2000 });
            var fw = EquilibriumAssignment.Solve(problem, new AssignmentOptions { Method = AssignmentMethod.FrankWolfe, RelativeGap = 1e-4, MaxIterations = 5000 });
            static double Bound(AssignmentResult r) => r.Sptt * r.RelativeGap / (1 - r.RelativeGap);
            return Math.Abs(fw.ObjectiveValue - b.ObjectiveValue) <= Math.Max(Bound(fw), Bound(b)) + 1e-9 * fw.ObjectiveValue;
        }, iter: 25);
    }

    [Fact]
    public void Solve_RandomNetworks_SameFlowsOnOneAndThreeThreads()
    {
        Problems(classes: 2).Sample(problem =>
        {
            var options = new AssignmentOptions { RelativeGap = 1e-8, MaxIterations = 100 };
            var one = EquilibriumAssignment.Solve(problem, options with { MaxDegreeOfParallelism = 1 });
            var three = EquilibriumAssignment.Solve(problem, options with { MaxDegreeOfParallelism = 3 });
            return one.ArcFlow.SequenceEqual(three.ArcFlow);
        }, iter: 30);
    }

    /// <summary>
    /// A random strongly connected network (a ring both ways plus random chords, parallel arcs and
    /// loops allowed) with BPR arcs, loaded to about capacity (or, overcrowded, up to ten times it);
    /// the second class pays random fixed costs and may use only the ring.
    /// </summary>
    private static Gen<AssignmentProblem> Problems(int classes, bool overcrowded = false) =>
        Gen.Select(Gen.Int[3, 12], Gen.Int[0, 20], Gen.Int[0, int.MaxValue]).Select((nodes, chords, seed) =>
        {
            var random = new Random(seed);
            var builder = new AssignmentNetworkBuilder(nodes);
            VolumeDelayFunction Bpr() => new BprFunction(1 + 9 * random.NextDouble(), 0.15 + random.NextDouble(),
                random.Next(2) == 0 ? 4 : 1 + 3 * random.NextDouble(), overcrowded ? 5 + 50 * random.NextDouble() : 100 + 400 * random.NextDouble());
            for (var i = 0; i < nodes; i++)
            {
                builder.AddArc(i, (i + 1) % nodes, Bpr());
                builder.AddArc((i + 1) % nodes, i, Bpr());
            }
            for (var c = 0; c < chords; c++)
                builder.AddArc(random.Next(nodes), random.Next(nodes), Bpr());
            var zones = Math.Min(nodes, 4);
            for (var z = 0; z < zones; z++)
                builder.AddZone(z);
            var network = builder.Build();
            DemandMatrix Demand() => new(zones, Enumerable.Range(0, zones * zones).Select(k => (k / zones, k % zones, 50 * random.NextDouble())));
            var first = new TravelClass("cars", Demand());
            if (classes == 1)
                return AssignmentProblem.SingleClass(network, first.Demand);
            var ring = Enumerable.Range(0, network.ArcCount).Select(a => a < 2 * nodes).ToArray();
            return new AssignmentProblem(network,
            [
                first,
                new TravelClass("trucks", Demand()) { FixedCost = Enumerable.Range(0, network.ArcCount).Select(_ => 3 * random.NextDouble()).ToArray(), AllowedArcs = ring },
            ]);
        });
}
