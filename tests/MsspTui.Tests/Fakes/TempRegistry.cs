namespace MsspTui.Tests;

/// <summary>A registry file in a temporary directory, deleted with the test.</summary>
public sealed class TempRegistry : IDisposable
{
    public const string Provider = """
        schemaVersion: 1
        provider:
          name: Test MSSP
          tenantId: 11111111-2222-4333-8444-555555555555
        """;

    public TempRegistry(string yaml)
    {
        Directory = System.IO.Directory.CreateTempSubdirectory("mssp-registry-").FullName;
        Path = System.IO.Path.Combine(Directory, "customers.yaml");
        File.WriteAllText(Path, yaml);
    }

    public string Directory { get; }

    public string Path { get; }

    public static TempRegistry WithCustomers(string customersYaml) => new(Provider + "\ncustomers:\n" + customersYaml);

    public void Dispose() => System.IO.Directory.Delete(Directory, recursive: true);
}
