namespace MsspTui.Cli;

/// <summary>The process environment as commands see it: variables and the working directory.</summary>
public interface IEnvironment
{
    string? GetVariable(string name);

    string CurrentDirectory { get; }
}
