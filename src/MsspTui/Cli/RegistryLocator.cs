namespace MsspTui.Cli;

/// <summary>
/// Finds the registry: --registry, else $MSSP_TUI_REGISTRY, else ./customers.yaml, else customers.yaml at the git root.
/// </summary>
public static class RegistryLocator
{
    public const string DefaultFileName = "customers.yaml";

    /// <returns>The path to load, or null when no registry was named and none was found.</returns>
    public static string? Locate(string? optionValue, IEnvironment environment)
    {
        if (!string.IsNullOrWhiteSpace(optionValue))
        {
            return optionValue;
        }

        if (environment.GetVariable(GlobalOptions.RegistryVariable) is { Length: > 0 } fromEnvironment)
        {
            return fromEnvironment;
        }

        string inWorkingDirectory = Path.Combine(environment.CurrentDirectory, DefaultFileName);
        if (File.Exists(inWorkingDirectory))
        {
            return inWorkingDirectory;
        }

        return FindGitRoot(environment.CurrentDirectory) is { } root && File.Exists(Path.Combine(root, DefaultFileName))
            ? Path.Combine(root, DefaultFileName)
            : null;
    }

    private static string? FindGitRoot(string start)
    {
        for (var directory = new DirectoryInfo(start); directory is not null; directory = directory.Parent)
        {
            // .git is a directory in a clone and a file in a worktree or submodule.
            string marker = Path.Combine(directory.FullName, ".git");
            if (Directory.Exists(marker) || File.Exists(marker))
            {
                return directory.FullName;
            }
        }

        return null;
    }
}
