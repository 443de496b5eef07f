using System.Text;
using CsCheck;
using MsspTui.Core.Diagnostics;
using MsspTui.Core.Matching;
using MsspTui.Core.Registry;
using MsspTui.Core.Registry.Cache;
using Xunit;

namespace MsspTui.Core.Tests.Registry;

public sealed class CachedRegistryLoaderTests : IDisposable
{
    private const string Yaml = """
        schemaVersion: 1
        provider: { name: Test MSSP, tenantId: 11111111-2222-4333-8444-555555555555, cloud: usgovhigh, clientId: 21111111-2222-4333-8444-555555555555 }
        defaults: { portal: intune, expectedRoles: [security-reader] }
        customers:
          - id: fabrikam
            name: Fabrikam, Inc.
            tenantId: 0F3C1D2E-1111-4A2B-8C3D-4E5F60718293
            domain: fabrikam.com
            status: onboarding
            access: b2b
            expectedRoles: [global-reader, 5d6b6bb7-de71-4623-b4af-96380a352509]
            tags: [tier1, eu]
            aliases: [fab]
            portal: entra
            links: [{ name: Runbook, url: "https://wiki.example/{tenantId}" }]
            contacts: [{ name: Dana, email: dana@fabrikam.com }, { phone: "+1 425 555 0142" }]
            notes: |
              Two lines
              of notes.
          - id: sakura
            name: 桜商事株式会社
            tenantId: 2a2b3c4d-3333-4a2b-8c3d-4e5f60718293
        """;

    private readonly string _directory = Directory.CreateTempSubdirectory("mssp-cache-").FullName;

    private string RegistryPath => Path.Combine(_directory, "customers.yaml");

    private string CacheDirectory => Path.Combine(_directory, "state");

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    [Fact]
    public void A_cached_load_gives_exactly_what_a_full_load_gives()
    {
        File.WriteAllText(RegistryPath, Yaml);
        CustomerRegistry full = RegistryLoader.Load(RegistryPath).Registry!;

        CustomerRegistry first = CachedRegistryLoader.Load(RegistryPath, CacheDirectory).Registry!;
        string entry = CachedRegistryLoader.EntryPath(CacheDirectory, RegistryPath);
        byte[] written = File.ReadAllBytes(entry);
        CustomerRegistry cached = CachedRegistryLoader.Load(RegistryPath, CacheDirectory).Registry!;

        // A full load would have written the entry again, with a new seed: the second load was a hit.
        Assert.Equal(written, File.ReadAllBytes(entry));

        Assert.Equal(Describe(full), Describe(first));
        Assert.Equal(Describe(full), Describe(cached));

        // The name order is sorted once, on the full load, and kept in the entry.
        int[] byName = NameOrder.Of([.. full.Customers.Select(c => c.Name)]);
        Assert.Equal(byName, first.CustomersByName);
        Assert.Equal(byName, cached.CustomersByName);
    }

    [Fact]
    public void A_large_registry_maps_and_caches_every_customer_in_file_order()
    {
        // Large enough to be mapped and written on all cores, in more than one chunk of the entry.
        int count = (2 * LargeRegistry.CustomersFrom) + 1234;
        var yaml = new StringBuilder(Yaml[..Yaml.IndexOf("  - id: fabrikam", StringComparison.Ordinal)]);
        for (int i = 0; i < count; i++)
        {
            yaml.Append($"""
                  - id: c{i}
                    name: Customer {i}
                    tenantId: 00000000-0000-4000-8000-{i:D12}

                """);
            if (i % 3 == 0)
            {
                yaml.Append($"""
                        tags: [t{i % 7}, eu]
                        links: [{"{"} name: Runbook, url: "https://wiki.example/{i}/{"{"}tenantId{"}"}" {"}"}]
                        contacts: [{"{"} email: soc{i}@example.com {"}"}]

                    """);
            }
        }

        File.WriteAllText(RegistryPath, yaml.ToString());
        CustomerRegistry full = RegistryLoader.Load(RegistryPath).Registry!;
        CustomerRegistry first = CachedRegistryLoader.Load(RegistryPath, CacheDirectory).Registry!;
        CustomerRegistry cached = CachedRegistryLoader.Load(RegistryPath, CacheDirectory).Registry!;

        Assert.Equal(Enumerable.Range(0, count).Select(i => $"c{i}"), full.Customers.Select(c => c.Id));
        string[] lines = yaml.ToString().Split('\n');
        Assert.Equal($"  - id: c{count - 1}", lines[full.Customers[^1].Line - 1]);
        Assert.Equal("  - id: c1", lines[full.Customers[1].Line - 1]);
        Assert.Equal(["t0", "eu"], full.Customers[0].Tags);
        Assert.Equal("https://wiki.example/3/{tenantId}", full.Customers[3].Links.Single().UrlTemplate);
        Assert.Equal(Describe(full), Describe(first));
        Assert.Equal(Describe(full), Describe(cached));
    }

    [Fact]
    public void Entries_unused_for_a_month_and_abandoned_temporary_files_are_removed_when_an_entry_is_written()
    {
        File.WriteAllText(RegistryPath, Yaml);
        CachedRegistryLoader.Load(RegistryPath, CacheDirectory);
        string entries = Path.GetDirectoryName(CachedRegistryLoader.EntryPath(CacheDirectory, RegistryPath))!;
        string stale = Path.Combine(entries, "0123456789abcdef0123456789abcdef.bin");
        string recent = Path.Combine(entries, "fedcba9876543210fedcba9876543210.bin");
        string abandoned = Path.Combine(entries, ".fedcba9876543210fedcba9876543210.bin.0011.tmp");
        string writing = Path.Combine(entries, ".0123456789abcdef0123456789abcdef.bin.0022.tmp");
        string unrelated = Path.Combine(entries, "notes.txt");
        foreach (string file in new[] { stale, recent, abandoned, writing, unrelated })
        {
            File.WriteAllText(file, "x");
        }

        File.SetLastWriteTimeUtc(stale, DateTime.UtcNow.AddDays(-31));
        File.SetLastWriteTimeUtc(recent, DateTime.UtcNow.AddDays(-29));
        File.SetLastWriteTimeUtc(abandoned, DateTime.UtcNow.AddDays(-2));
        File.SetLastWriteTimeUtc(unrelated, DateTime.UtcNow.AddDays(-100));

        // A hit writes nothing and removes nothing.
        CachedRegistryLoader.Load(RegistryPath, CacheDirectory);
        Assert.True(File.Exists(stale));

        File.AppendAllText(RegistryPath, "\n# edited\n");
        Assert.NotNull(CachedRegistryLoader.Load(RegistryPath, CacheDirectory).Registry);

        Assert.False(File.Exists(stale));
        Assert.False(File.Exists(abandoned));
        Assert.True(File.Exists(recent));
        Assert.True(File.Exists(writing));
        Assert.True(File.Exists(unrelated));
        Assert.True(File.Exists(CachedRegistryLoader.EntryPath(CacheDirectory, RegistryPath)));
    }

    [Fact]
    public void An_entry_in_use_counts_as_used_today()
    {
        File.WriteAllText(RegistryPath, Yaml);
        CachedRegistryLoader.Load(RegistryPath, CacheDirectory);
        string entry = CachedRegistryLoader.EntryPath(CacheDirectory, RegistryPath);
        File.SetLastWriteTimeUtc(entry, DateTime.UtcNow.AddDays(-20));
        byte[] written = File.ReadAllBytes(entry);

        Assert.NotNull(CachedRegistryLoader.Load(RegistryPath, CacheDirectory).Registry);

        Assert.Equal(written, File.ReadAllBytes(entry));
        Assert.True(DateTime.UtcNow - File.GetLastWriteTimeUtc(entry) < TimeSpan.FromMinutes(5));
    }

    [Fact]
    public void A_registry_read_from_a_pipe_is_loaded_from_the_pipe_even_when_its_path_has_an_entry()
    {
        if (!OperatingSystem.IsLinux())
        {
            return; // /proc/self/fd is Linux's
        }

        // `--registry <(git show main:customers.yaml)`: the same /dev/fd path names a new pipe on every run. Hashing
        // it for the cache used to read it up, and the load then found it empty.
        File.WriteAllText(RegistryPath, Yaml);
        CachedRegistryLoader.Load(RegistryPath, CacheDirectory);
        using var pipe = new System.IO.Pipes.AnonymousPipeServerStream(System.IO.Pipes.PipeDirection.Out);
        string pipePath = $"/proc/self/fd/{pipe.ClientSafePipeHandle.DangerousGetHandle()}";
        string pipeEntry = CachedRegistryLoader.EntryPath(CacheDirectory, pipePath);
        File.Copy(CachedRegistryLoader.EntryPath(CacheDirectory, RegistryPath), pipeEntry);
        var writer = Task.Run(() =>
        {
            pipe.Write(Encoding.UTF8.GetBytes(Yaml.Replace("Fabrikam, Inc.", "Fabrikam from a pipe")));
            pipe.Dispose();
        });

        RegistryLoadResult loaded = CachedRegistryLoader.Load(pipePath, CacheDirectory);
        writer.Wait(TimeSpan.FromSeconds(10));

        Assert.Empty(loaded.Diagnostics);
        Assert.Equal("Fabrikam from a pipe", loaded.Registry!.Customers[0].Name);
    }

    [Fact]
    public void A_device_that_never_ends_is_not_read_to_its_end()
    {
        if (!File.Exists("/dev/zero"))
        {
            return;
        }

        Task<RegistryLoadResult> load = Task.Run(() => CachedRegistryLoader.Load("/dev/zero", CacheDirectory));

        Assert.True(load.Wait(TimeSpan.FromSeconds(20)), "loading /dev/zero did not finish");
        Assert.Null(load.Result.Registry);
        Assert.Contains(load.Result.Diagnostics, d => d.Severity == DiagnosticSeverity.Error);
    }

    [Fact]
    public void An_edited_registry_is_loaded_again_not_taken_from_the_cache()
    {
        File.WriteAllText(RegistryPath, Yaml);
        CachedRegistryLoader.Load(RegistryPath, CacheDirectory);

        File.WriteAllText(RegistryPath, Yaml.Replace("Fabrikam, Inc.", "Fabrikam Group"));
        Assert.Equal("Fabrikam Group", CachedRegistryLoader.Load(RegistryPath, CacheDirectory).Registry!.Customers[0].Name);

        File.WriteAllText(RegistryPath, Yaml.Replace("tenantId: 2a2b", "tenantId: zz2b"));
        RegistryLoadResult broken = CachedRegistryLoader.Load(RegistryPath, CacheDirectory);
        Assert.Null(broken.Registry);
        Assert.True(broken.HasErrors);
    }

    [Theory]
    [InlineData("")]
    [InlineData("garbage")]
    [InlineData("\u0010MSSPTUI-REGISTRY\u0002\u0000\u0000\u0000\u00ff\u00ff\u00ff\u007f")]
    public void A_damaged_cache_entry_falls_back_to_a_full_load(string damage)
    {
        File.WriteAllText(RegistryPath, Yaml);
        CachedRegistryLoader.Load(RegistryPath, CacheDirectory);
        File.WriteAllText(CachedRegistryLoader.EntryPath(CacheDirectory, RegistryPath), damage, Encoding.Latin1);

        Assert.Equal(2, CachedRegistryLoader.Load(RegistryPath, CacheDirectory).Registry!.Customers.Count);
    }

    [Fact]
    public void A_registry_of_several_chunks_is_cached_exactly()
    {
        File.WriteAllText(RegistryPath, ManyCustomers(2 * RegistryBinaryFormat.ChunkSize + 5));
        CustomerRegistry full = RegistryLoader.Load(RegistryPath).Registry!;

        CachedRegistryLoader.Load(RegistryPath, CacheDirectory);
        CustomerRegistry cached = CachedRegistryLoader.Load(RegistryPath, CacheDirectory).Registry!;

        Assert.Equal(Describe(full), Describe(cached));
    }

    [Fact]
    public void Any_changed_byte_of_a_cache_entry_falls_back_to_a_full_load()
    {
        File.WriteAllText(RegistryPath, ManyCustomers(RegistryBinaryFormat.ChunkSize + 3));
        string expected = Describe(RegistryLoader.Load(RegistryPath).Registry!);
        CachedRegistryLoader.Load(RegistryPath, CacheDirectory);
        string entry = CachedRegistryLoader.EntryPath(CacheDirectory, RegistryPath);
        byte[] bytes = File.ReadAllBytes(entry);

        Gen.Int[0, bytes.Length - 1].Select(Gen.Byte[1, 255]).Sample((at, flip) =>
        {
            byte[] damaged = (byte[])bytes.Clone();
            damaged[at] ^= flip;
            File.WriteAllBytes(entry, damaged);
            Assert.Equal(expected, Describe(CachedRegistryLoader.Load(RegistryPath, CacheDirectory).Registry!));
        }, iter: 60, threads: 1);
    }

    private static string ManyCustomers(int count)
    {
        var yaml = new StringBuilder("schemaVersion: 1\nprovider: { name: Test MSSP, tenantId: 11111111-2222-4333-8444-555555555555 }\ncustomers:\n");
        for (int i = 0; i < count; i++)
        {
            yaml.Append(System.Globalization.CultureInfo.InvariantCulture,
                $"  - {{ id: c{i}, name: Customer {i}, tenantId: {i:x8}-2222-4333-8444-555555555555, tags: [t{i % 7}] }}\n");
        }

        return yaml.ToString();
    }

    [Fact]
    public void Every_entry_hashes_the_registry_with_a_seed_of_its_own()
    {
        // Two entries for the same registry: same model, but the content hash (and the seed before it) differ, so
        // nobody can prepare a registry that matches an entry this machine has not written yet.
        File.WriteAllText(RegistryPath, Yaml);
        CustomerRegistry registry = RegistryLoader.Load(RegistryPath).Registry!;
        byte[] registryBytes = File.ReadAllBytes(RegistryPath);

        byte[] first = RegistryBinaryFormat.Write(registry, registryBytes);
        byte[] second = RegistryBinaryFormat.Write(registry, registryBytes);

        Assert.NotEqual(first, second);
        Assert.Equal(Describe(registry), Describe(RegistryBinaryFormat.Read(first, seed => RegistryBinaryFormat.ContentHash(registryBytes, seed), RegistryPath)!));
        Assert.Equal(Describe(registry), Describe(RegistryBinaryFormat.Read(second, seed => RegistryBinaryFormat.ContentHash(registryBytes, seed), RegistryPath)!));
        Assert.Null(RegistryBinaryFormat.Read(first, seed => RegistryBinaryFormat.ContentHash([.. registryBytes, (byte)'\n'], seed), RegistryPath));
    }

    [Fact]
    public void A_truncated_cache_entry_falls_back_to_a_full_load()
    {
        File.WriteAllText(RegistryPath, Yaml);
        CachedRegistryLoader.Load(RegistryPath, CacheDirectory);
        string entry = CachedRegistryLoader.EntryPath(CacheDirectory, RegistryPath);
        byte[] bytes = File.ReadAllBytes(entry);
        for (int length = 0; length < bytes.Length; length += 7)
        {
            File.WriteAllBytes(entry, bytes[..length]);
            Assert.Equal(2, CachedRegistryLoader.Load(RegistryPath, CacheDirectory).Registry!.Customers.Count);
        }
    }

    [Fact]
    public void An_unwritable_cache_directory_costs_nothing_but_speed()
    {
        File.WriteAllText(RegistryPath, Yaml);
        string notADirectory = Path.Combine(_directory, "file");
        File.WriteAllText(notADirectory, "x");

        Assert.Equal(2, CachedRegistryLoader.Load(RegistryPath, notADirectory).Registry!.Customers.Count);
    }

    [Fact]
    public void A_registry_over_the_size_limit_gives_the_loader_diagnostic_even_with_an_entry()
    {
        File.WriteAllText(RegistryPath, Yaml);
        CachedRegistryLoader.Load(RegistryPath, CacheDirectory);
        using (var stream = File.OpenWrite(RegistryPath))
        {
            stream.SetLength(RegistryLoader.MaxFileBytes + 1);
        }

        RegistryLoadResult result = CachedRegistryLoader.Load(RegistryPath, CacheDirectory);

        Assert.Null(result.Registry);
        Assert.Contains(result.Diagnostics, d => d.Code == DiagnosticCodes.FileTooLarge.Code);
    }

    [Fact]
    public void A_missing_registry_gives_the_loader_diagnostic()
    {
        RegistryLoadResult result = CachedRegistryLoader.Load(RegistryPath + ".missing", CacheDirectory);

        Assert.Null(result.Registry);
        Assert.Contains(result.Diagnostics, d => d.Code == "MSSP001");
    }

    private static string Describe(CustomerRegistry registry)
    {
        var text = new StringBuilder();
        text.AppendLine($"{registry.SchemaVersion}|{registry.Provider}|{registry.Defaults.Portal}|{string.Join(",", registry.Defaults.ExpectedRoles)}|{registry.SourcePath}");
        foreach (Customer c in registry.Customers)
        {
            text.AppendLine(string.Join("|",
                c.Id, c.Name, c.TenantId, c.Domain, c.Status, c.Access,
                c.ExpectedRoles is null ? "(defaults)" : string.Join(",", c.ExpectedRoles),
                string.Join(",", c.Tags), string.Join(",", c.Aliases), c.Portal,
                string.Join(",", c.Links), string.Join(",", c.Contacts), c.Notes, c.Line));
        }

        return text.ToString();
    }
}
