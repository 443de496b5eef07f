using System.CommandLine;

namespace MsspTui.Cli;

/// <summary>Options every command takes (recursive on the root command).</summary>
public sealed class GlobalOptions
{
    public const string RegistryVariable = "MSSP_TUI_REGISTRY";
    public const string GraphUrlVariable = "MSSP_TUI_GRAPH_URL";

    public Option<string?> Registry { get; } = new("--registry")
    {
        Description = $"Path of the customer registry (else ${RegistryVariable}, ./customers.yaml, customers.yaml at the git root)",
        HelpName = "PATH",
        Recursive = true,
    };

    public Option<string?> GraphUrl { get; } = new("--graph-url")
    {
        Description = $"Microsoft Graph root URL (else ${GraphUrlVariable}, else the cloud's v1.0 root)",
        HelpName = "URL",
        Recursive = true,
    };

    public Option<bool> NoColor { get; } = new("--no-color")
    {
        Description = "Plain output without colours (also NO_COLOR)",
        Recursive = true,
    };

    public void AddTo(Command root)
    {
        root.Options.Add(Registry);
        root.Options.Add(GraphUrl);
        root.Options.Add(NoColor);
    }

    /// <summary>Colour only for a terminal, and never when --no-color, NO_COLOR (any value) or TERM=dumb.</summary>
    public bool UseColor(ParseResult result, CliContext context) =>
        !result.GetValue(NoColor)
        && string.IsNullOrEmpty(context.Environment.GetVariable("NO_COLOR"))
        && context.Environment.GetVariable("TERM") != "dumb"
        && context.StdoutIsTerminal;
}
