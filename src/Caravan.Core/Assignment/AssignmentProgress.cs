namespace Caravan.Core.Assignment;

/// <summary>Where a running assignment stands, reported once per iteration.</summary>
/// <param name="Iteration">Completed iterations (0 = the initial loading).</param>
/// <param name="RelativeGap">(TSTT − SPTT) / TSTT after that iteration.</param>
/// <param name="Elapsed">Time since the solve started.</param>
public readonly record struct AssignmentProgress(int Iteration, double RelativeGap, TimeSpan Elapsed);
