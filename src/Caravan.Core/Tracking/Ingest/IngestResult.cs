using Caravan.Core.Data;

namespace Caravan.Core.Tracking;

/// <summary>What one ingest did: counts, and a located problem for every rejected event.</summary>
/// <param name="Accepted">Events stored.</param>
/// <param name="Rejected">Events (or documents) refused.</param>
/// <param name="Duplicates">Events whose id was already stored: ignored.</param>
/// <param name="Retracted">Earlier events an EPCIS error declaration withdrew.</param>
/// <param name="Problems">Why each rejected event was refused.</param>
public sealed record IngestResult(int Accepted, int Rejected, int Duplicates, int Retracted, IReadOnlyList<Problem> Problems);
