namespace Caravan.Questions.Contracts;

/// <summary>A mineral's published EU 2023 result.</summary>
/// <param name="Sr">Published SR.</param>
/// <param name="Stage">Published bottleneck stage.</param>
/// <param name="Critical">Published verdict.</param>
public sealed record PublishedView(double? Sr, string? Stage, bool? Critical);
