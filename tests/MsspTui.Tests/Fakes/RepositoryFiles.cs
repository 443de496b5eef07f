namespace MsspTui.Tests;

/// <summary>The repository the tests run from: the example registry, the example discovery, the docs.</summary>
public static class RepositoryFiles
{
    public static string Root { get; } = FindRoot();

    public static string Path(params string[] parts) => System.IO.Path.Combine([Root, .. parts]);

    private static string FindRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(directory.FullName, "MsspTui.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("MsspTui.sln not found above the test's directory");
    }
}
