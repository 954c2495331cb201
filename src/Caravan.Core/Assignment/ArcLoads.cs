using System.Runtime.CompilerServices;

namespace Caravan.Core.Assignment;

/// <summary>
/// Total flow on every arc and the cost and cost derivative the algorithm works with: travel time
/// and dt/dv for user equilibrium, marginal cost t + v·t' and its derivative for the system optimum.
/// </summary>
internal sealed class ArcLoads
{
    private readonly VolumeDelayFunction[] _delay;
    private readonly bool[] _constant;
    private readonly bool _systemOptimum;

    public ArcLoads(AssignmentNetwork network, AssignmentObjective objective)
    {
        _delay = network.Delay;
        _systemOptimum = objective == AssignmentObjective.SystemOptimum;
        _constant = _delay.Select(d => d.IsConstant).ToArray();
        Flow = new double[_delay.Length];
        Cost = new double[_delay.Length];
        Derivative = new double[_delay.Length];
        for (var a = 0; a < _delay.Length; a++)
            Update(a);
    }

    /// <summary>Total flow per arc.</summary>
    public double[] Flow { get; }

    /// <summary>Cost per arc (time, or marginal cost for the system optimum), without fixed costs.</summary>
    public double[] Cost { get; }

    /// <summary>d(cost)/dv per arc.</summary>
    public double[] Derivative { get; }

    /// <summary>Adds <paramref name="delta"/> to arc <paramref name="arc"/>'s flow (never below 0) and re-evaluates its cost.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // hot: fully optimised from the first call
    public void Shift(int arc, double delta)
    {
        var v = Flow[arc] + delta;
        Flow[arc] = v > 0 ? v : 0;
        if (!_constant[arc])
            Update(arc);
    }

    /// <summary>Re-evaluates the cost and derivative of every arc from <see cref="Flow"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // hot: fully optimised from the first call
    public void UpdateAll()
    {
        for (var a = 0; a < Flow.Length; a++)
            Update(a);
    }

    /// <summary>The cost arc <paramref name="arc"/> would have at flow <paramref name="volume"/> (time, or marginal cost for the system optimum).</summary>
    public double CostAt(int arc, double volume)
    {
        var delay = _delay[arc];
        if (!_systemOptimum)
            return delay.Time(volume);
        delay.Evaluate(volume, out var time, out var derivative);
        return time + volume * derivative;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // hot: fully optimised from the first call
    private void Update(int arc)
    {
        var v = Flow[arc];
        var delay = _delay[arc];
        delay.Evaluate(v, out var time, out var derivative);
        if (_systemOptimum)
        {
            Cost[arc] = time + v * derivative;
            Derivative[arc] = 2 * derivative + v * delay.SecondDerivative(v);
        }
        else
        {
            Cost[arc] = time;
            Derivative[arc] = derivative;
        }
    }
}
