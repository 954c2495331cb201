namespace Caravan.Cli.Conventions;

/// <summary>
/// Names the question field an option fills where it differs from the option's property name
/// (<c>--avoid-country</c> fills <c>avoidCountries</c>), so a field's problem is reported under the option typed.
/// </summary>
/// <param name="name">The field, as the API names it.</param>
[AttributeUsage(AttributeTargets.Property)]
public sealed class FieldAttribute(string name) : Attribute
{
    /// <summary>The field, as the API names it.</summary>
    public string Name { get; } = name;
}
