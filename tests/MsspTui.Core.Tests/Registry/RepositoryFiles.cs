namespace MsspTui.Core.Tests.Registry;

/// <summary>Files of this repository (the example registry, the schema, the docs) and the test fixtures.</summary>
internal static class RepositoryFiles
{
    public static string Root => MsspTui.Testing.RepositoryRoot.Path;

    public static string ExampleRegistry => Path.Combine(Root, "customers.yaml");

    public static string Schema => Path.Combine(Root, "schema", "customers.schema.json");

    public static string Fixture(string relative) => Path.Combine(AppContext.BaseDirectory, "Fixtures", "Registries", relative);
}
