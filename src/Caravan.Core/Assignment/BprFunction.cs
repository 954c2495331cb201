using System.Runtime.CompilerServices;

namespace Caravan.Core.Assignment;

/// <summary>
/// The Bureau of Public Roads function t(v) = t0 · (1 + α (v/c)^β) (Bureau of Public Roads, Traffic
/// Assignment Manual, 1964). β = 0, α = 0 or an infinite capacity give a constant time
/// (t0 · (1 + α) when β = 0, as TNTP files with power 0 read). β must be 0 or at least 1 so that t is convex.
/// </summary>
public sealed class BprFunction : VolumeDelayFunction
{
    private readonly double _scale; // α · t0 / c^β, so t = t0 + _scale · v^β
    private readonly int _integerPower; // β when it is a small integer (multiplications instead of Math.Pow), else -1

    /// <summary>Creates t(v) = <paramref name="freeFlowTime"/> · (1 + <paramref name="alpha"/> (v/<paramref name="capacity"/>)^<paramref name="beta"/>).</summary>
    /// <exception cref="ArgumentOutOfRangeException">A negative or non-finite time, α or β; β strictly between 0 and 1 (concave); a capacity that is not positive.</exception>
    public BprFunction(double freeFlowTime, double alpha, double beta, double capacity)
    {
        if (!double.IsFinite(freeFlowTime) || freeFlowTime < 0)
            throw new ArgumentOutOfRangeException(nameof(freeFlowTime), freeFlowTime, "free-flow time must be finite and non-negative");
        if (!double.IsFinite(alpha) || alpha < 0)
            throw new ArgumentOutOfRangeException(nameof(alpha), alpha, "alpha must be finite and non-negative");
        if (!double.IsFinite(beta) || beta < 0 || (beta > 0 && beta < 1))
            throw new ArgumentOutOfRangeException(nameof(beta), beta, "beta must be 0 or at least 1 (a power between 0 and 1 makes the time concave)");
        if (double.IsNaN(capacity) || capacity <= 0)
            throw new ArgumentOutOfRangeException(nameof(capacity), capacity, "capacity must be positive (or infinite)");
        FreeFlowTime = freeFlowTime;
        Alpha = alpha;
        Beta = beta;
        Capacity = capacity;
        if (beta == 0)
        {
            // (v/c)^0 = 1: a constant time t0 · (1 + α).
            _scale = 0;
            ConstantTime = freeFlowTime * (1 + alpha);
        }
        else
        {
            _scale = double.IsPositiveInfinity(capacity) ? 0 : alpha * freeFlowTime / Math.Pow(capacity, beta);
            ConstantTime = freeFlowTime;
            if (!double.IsFinite(_scale))
                throw new ArgumentOutOfRangeException(nameof(capacity), capacity, "capacity is too small for this power: the time overflows");
        }
        _integerPower = beta is 1 or 2 or 3 or 4 or 5 or 6 ? (int)beta : -1;
    }

    /// <summary>Free-flow time t0, in the network's time unit.</summary>
    public double FreeFlowTime { get; }

    /// <summary>α (TNTP's B); 0.15 in the 1964 manual.</summary>
    public double Alpha { get; }

    /// <summary>β (TNTP's power); 4 in the 1964 manual.</summary>
    public double Beta { get; }

    /// <summary>Practical capacity c, in the network's flow unit; may be infinite.</summary>
    public double Capacity { get; }

    /// <summary>The volume-independent part of the time: t0, or t0 · (1 + α) when β = 0.</summary>
    private double ConstantTime { get; }

    /// <inheritdoc />
    public override bool IsConstant => _scale == 0;

    /// <inheritdoc />
    public override double Time(double volume) => _scale == 0 ? ConstantTime : ConstantTime + _scale * Power(volume, 0);

    /// <inheritdoc />
    public override double Derivative(double volume) => _scale == 0 ? 0 : _scale * Beta * Power(volume, 1);

    /// <inheritdoc />
    public override double SecondDerivative(double volume) => _scale == 0 || Beta == 1 ? 0 : _scale * Beta * (Beta - 1) * Power(volume, 2);

    /// <inheritdoc />
    public override double Integral(double volume) =>
        _scale == 0 ? ConstantTime * volume : ConstantTime * volume + _scale * Power(volume, -1) / (Beta + 1);

    /// <inheritdoc />
    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // hot: fully optimised from the first call
    public override void Evaluate(double volume, out double time, out double derivative)
    {
        if (_scale == 0)
        {
            time = ConstantTime;
            derivative = 0;
            return;
        }
        var below = Power(volume, 1); // v^(β-1)
        time = ConstantTime + _scale * below * volume;
        derivative = _scale * Beta * below;
    }

    /// <summary>v^(β − <paramref name="less"/>), with multiplications for small integer β (a hot path of the engine); 0 for v ≤ 0 where the power is positive.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // hot: fully optimised from the first call
    private double Power(double volume, int less)
    {
        if (volume <= 0)
            return Beta - less == 0 ? 1 : 0;
        var exponent = _integerPower - less;
        if (_integerPower < 0 || exponent < 0)
            return Math.Pow(volume, Beta - less);
        var result = 1.0;
        for (var i = 0; i < exponent; i++)
            result *= volume;
        return result;
    }
}
