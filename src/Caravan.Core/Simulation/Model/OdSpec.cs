using Caravan.Core.Data;

namespace Caravan.Core.Simulation;

/// <summary>An origin–destination pair of one commodity, with its promised lead time, hours.</summary>
internal sealed record OdSpec(string Commodity, string From, string To, int Demand, double PlannedHours, double PromisedHours);
