namespace MsspTui.Cli;

public sealed class SystemEnvironment : IEnvironment
{
    public static SystemEnvironment Instance { get; } = new();

    public string? GetVariable(string name) => Environment.GetEnvironmentVariable(name);

    public string CurrentDirectory => Environment.CurrentDirectory;
}
