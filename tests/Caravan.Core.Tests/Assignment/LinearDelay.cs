using Caravan.Core.Assignment;

namespace Caravan.Core.Tests.Assignment;

/// <summary>t(v) = a + b·v: the textbook cost of hand-worked examples (Braess), and a volume–delay function that is not BPR.</summary>
internal sealed class LinearDelay(double a, double b) : VolumeDelayFunction
{
    public override double Time(double volume) => a + b * volume;

    public override double Derivative(double volume) => b;

    public override double SecondDerivative(double volume) => 0;

    public override double Integral(double volume) => a * volume + b * volume * volume / 2;

    public override bool IsConstant => b == 0;
}
