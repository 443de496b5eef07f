namespace MsspTui.Testing;

/// <summary>The repository the tests run from: the first directory above the test's output that holds MsspTui.sln.</summary>
/// <remarks>One source file, linked into every test project.</remarks>
internal static class RepositoryRoot
{
    public static string Path { get; } = Find();

    private static string Find()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(directory.FullName, "MsspTui.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("MsspTui.sln not found above " + AppContext.BaseDirectory);
    }
}
