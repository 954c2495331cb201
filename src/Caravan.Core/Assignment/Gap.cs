namespace Caravan.Core.Assignment;

/// <summary>Total system travel cost against all demand on current shortest paths.</summary>
/// <param name="Tstt">Σ flow × cost over arcs and classes (fixed costs included).</param>
/// <param name="Sptt">Σ demand × least cost over origin–destination pairs and classes.</param>
internal readonly record struct Gap(double Tstt, double Sptt)
{
    /// <summary>(TSTT − SPTT) / TSTT; 0 when nothing travels or nothing costs.</summary>
    public double Relative => Tstt > 0 ? (Tstt - Sptt) / Tstt : 0;
}
