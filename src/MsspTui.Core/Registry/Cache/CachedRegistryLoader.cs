using System.Security.Cryptography;
using System.Text;
using MsspTui.Core.IO;

namespace MsspTui.Core.Registry.Cache;

/// <summary>
/// <see cref="RegistryLoader.Load(string)"/> with a start-up cache: a registry that loaded without errors is kept in
/// binary form, keyed by the SHA-256 of the file's exact bytes, so launching again on an unchanged registry skips the
/// YAML and the rules (the bulk of start-up for thousands of customers). Any change to the file, a damaged or foreign
/// cache entry, or a failure to read or write the cache simply means a full load: the cache is never a source of truth.
/// </summary>
public static class CachedRegistryLoader
{
    public static RegistryLoadResult Load(string path, string cacheDirectory)
    {
        byte[]? bytes = TryReadRegistry(path);
        if (bytes is null)
        {
            return RegistryLoader.Load(path);
        }

        byte[] contentHash = SHA256.HashData(bytes);
        string entry = EntryPath(cacheDirectory, path);
        if (TryReadEntry(entry, contentHash, path) is { } cached)
        {
            return new RegistryLoadResult(cached, []);
        }

        // The loader works on the very bytes that were hashed, so an entry can never pair one content with another's model.
        RegistryLoadResult loaded = RegistryLoader.Load(bytes, path);
        if (loaded.Registry is not null)
        {
            TryWriteEntry(entry, loaded.Registry, contentHash);
        }

        return loaded;
    }

    /// <summary>One entry per registry path: editing the file replaces its entry instead of piling up new ones.</summary>
    public static string EntryPath(string cacheDirectory, string registryPath)
    {
        byte[] pathHash = SHA256.HashData(Encoding.UTF8.GetBytes(Path.GetFullPath(registryPath)));
        return Path.Combine(cacheDirectory, "registry-cache", Convert.ToHexStringLower(pathHash.AsSpan(0, 16)) + ".bin");
    }

    private static byte[]? TryReadRegistry(string path)
    {
        try
        {
            var info = new FileInfo(path);
            return info.Exists && info.Length <= RegistryLoader.MaxFileBytes ? File.ReadAllBytes(path) : null;
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            return null;
        }
    }

    private static CustomerRegistry? TryReadEntry(string entry, byte[] contentHash, string sourcePath)
    {
        try
        {
            return File.Exists(entry) ? RegistryBinaryFormat.Read(File.ReadAllBytes(entry), contentHash, sourcePath) : null;
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException || RegistryBinaryFormat.IsDamage(exception))
        {
            return null;
        }
    }

    private static void TryWriteEntry(string entry, CustomerRegistry registry, byte[] contentHash)
    {
        try
        {
            AtomicFile.WriteAllBytes(entry, RegistryBinaryFormat.Write(registry, contentHash));
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            // A read-only or full state directory costs speed, not correctness.
        }
    }
}
