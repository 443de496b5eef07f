namespace MsspTui.Core.Registry;

public sealed record RegistryDefaults(string? Portal, IReadOnlyList<string> ExpectedRoles)
{
    public static RegistryDefaults None { get; } = new(null, []);
}
