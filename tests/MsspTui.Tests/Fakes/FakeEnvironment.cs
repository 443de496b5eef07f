using MsspTui.Cli;

namespace MsspTui.Tests;

/// <summary>An environment with only the variables a test sets.</summary>
public sealed class FakeEnvironment : IEnvironment
{
    private readonly Dictionary<string, string> _variables = new(StringComparer.Ordinal);

    public string? this[string name]
    {
        get => _variables.GetValueOrDefault(name);
        set
        {
            if (value is null) _variables.Remove(name); else _variables[name] = value;
        }
    }

    public string CurrentDirectory { get; set; } = Directory.GetCurrentDirectory();

    public string? GetVariable(string name) => this[name];
}
