namespace MsspTui.Tests;

/// <summary>The repository the tests run from: the example registry, the example discovery, the docs.</summary>
public static class RepositoryFiles
{
    public static string Root => MsspTui.Testing.RepositoryRoot.Path;

    public static string Path(params string[] parts) => System.IO.Path.Combine([Root, .. parts]);
}
