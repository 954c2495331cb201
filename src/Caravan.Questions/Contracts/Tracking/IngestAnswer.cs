namespace Caravan.Questions.Contracts.Tracking;

/// <summary>What an ingest did: <c>accepted</c>, <c>rejected</c>, <c>duplicate</c> and <c>retracted</c> counts, and each rejection located.</summary>
public sealed record IngestAnswer(string File, string Format, int Accepted, int Rejected, int Duplicate, int Retracted, IReadOnlyList<ProblemView> Problems);

/// <summary>A located problem: <c>file:line:column</c> and the message (which starts with the JSON path for JSON).</summary>
public sealed record ProblemView(string File, int Line, int Column, string Message);
