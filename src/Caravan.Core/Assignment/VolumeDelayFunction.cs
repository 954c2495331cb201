namespace Caravan.Core.Assignment;

/// <summary>
/// How an arc's travel time grows with the volume on it: t(v), its derivatives and its integral
/// (the arc's term of the Beckmann objective). The equilibrium engine knows arcs only through this
/// type, so any function that is continuous, non-decreasing and convex in v works — BPR for lines,
/// queueing functions for ferries, ports and borders.
/// </summary>
/// <remarks>
/// Volume is in the assignment's common flow unit (vehicles/h for TNTP networks, tonnes or TEU per
/// period for freight) and time in its time unit; implementations say which. An implementation must
/// return finite, non-negative values for every volume ≥ 0: where a queueing function would blow up
/// at capacity, continue it beyond a cut-off with a steep linear extension, so that flow above
/// capacity is penalised but still defined.
/// </remarks>
public abstract class VolumeDelayFunction
{
    /// <summary>Travel time t(v) at volume <paramref name="volume"/> ≥ 0.</summary>
    public abstract double Time(double volume);

    /// <summary>dt/dv at <paramref name="volume"/>: ≥ 0 because t never decreases.</summary>
    public abstract double Derivative(double volume);

    /// <summary>d²t/dv² at <paramref name="volume"/>: ≥ 0 because t is convex. Needed for the system optimum.</summary>
    public abstract double SecondDerivative(double volume);

    /// <summary>∫₀ᵛ t(s) ds: the arc's term of the Beckmann objective.</summary>
    public abstract double Integral(double volume);

    /// <summary>
    /// t(v) and dt/dv together; the engine calls this after every flow shift, so an implementation
    /// that shares work between the two (one power for BPR) should override it.
    /// </summary>
    public virtual void Evaluate(double volume, out double time, out double derivative)
    {
        time = Time(volume);
        derivative = Derivative(volume);
    }

    /// <summary>True when t does not depend on volume (the engine can skip re-evaluating it).</summary>
    public virtual bool IsConstant => false;
}
