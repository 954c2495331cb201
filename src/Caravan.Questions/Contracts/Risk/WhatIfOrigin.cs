namespace Caravan.Questions.Contracts;

/// <summary>One origin of a what-if mix.</summary>
/// <param name="Origin">ISO alpha-2.</param>
/// <param name="Amount">t/yr or share.</param>
/// <param name="Share">Share, 0–1.</param>
public sealed record WhatIfOrigin(string Origin, double Amount, double Share);
