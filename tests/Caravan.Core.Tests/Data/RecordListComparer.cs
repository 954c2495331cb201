using System.Collections;
using System.Reflection;

namespace Caravan.Core.Tests.Data;

/// <summary>Compares records property by property, lists element by element (records compare lists by reference).</summary>
internal sealed class RecordListComparer<T> : IEqualityComparer<T>
{
    public bool Equals(T? x, T? y) => Same(x, y);

    public int GetHashCode(T obj) => 0;

    private static bool Same(object? x, object? y)
    {
        if (x is null || y is null)
            return x is null && y is null;
        if (x is string || x.GetType().IsValueType || x is Caravan.Core.Distributions.Distribution)
            return Equals(x, y);
        if (x is IEnumerable xs && y is IEnumerable ys)
            return xs.Cast<object?>().Zip(ys.Cast<object?>()).All(p => Same(p.First, p.Second))
                && xs.Cast<object?>().Count() == ys.Cast<object?>().Count();
        if (x.GetType() != y.GetType())
            return false;
        return x.GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.GetIndexParameters().Length == 0)
            .All(p => Same(p.GetValue(x), p.GetValue(y)));
    }
}
