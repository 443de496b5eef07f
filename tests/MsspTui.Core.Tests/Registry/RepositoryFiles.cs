namespace MsspTui.Core.Tests.Registry;

/// <summary>Files of this repository (the example registry, the schema, the docs) and the test fixtures.</summary>
internal static class RepositoryFiles
{
    public static string Root { get; } = FindRoot();

    public static string ExampleRegistry => Path.Combine(Root, "customers.yaml");

    public static string Schema => Path.Combine(Root, "schema", "customers.schema.json");

    public static string Fixture(string relative) => Path.Combine(AppContext.BaseDirectory, "Fixtures", "Registries", relative);

    private static string FindRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "MsspTui.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("MsspTui.sln not found above " + AppContext.BaseDirectory);
    }
}
