using System.IO.Hashing;
using System.Text;
using MsspTui.Core.IO;
using MsspTui.Core.Matching;

namespace MsspTui.Core.Registry.Cache;

/// <summary>
/// <see cref="RegistryLoader.Load(string)"/> with a start-up cache: a registry that loaded without errors is kept in
/// binary form, together with a (seeded) hash of the file's exact bytes, so launching again on an unchanged registry
/// skips the YAML and the rules (the bulk of start-up for thousands of customers). Any change to the file, a damaged or
/// foreign cache entry, or a failure to read or write the cache simply means a full load: the cache is never a source
/// of truth. Entries not used for <see cref="UnusedEntryLifetime"/> are removed when a new one is written, so registries
/// opened once (a temporary clone, a worktree since deleted) do not pile up in the state directory.
/// </summary>
public static class CachedRegistryLoader
{
    /// <summary>How long an entry no start has used is kept.</summary>
    public static readonly TimeSpan UnusedEntryLifetime = TimeSpan.FromDays(30);

    // An entry in use is touched at most once a day (its write time is its last use), not on every start.
    private static readonly TimeSpan TouchAfter = TimeSpan.FromDays(1);

    // A temporary file this old was left by a process that died while writing its entry.
    private static readonly TimeSpan AbandonedTemporaryAfter = TimeSpan.FromDays(1);

    public static RegistryLoadResult Load(string path, string cacheDirectory)
    {
        string entry = EntryPath(cacheDirectory, path);
        if (TryReadEntry(entry, path) is { } cached)
        {
            return new RegistryLoadResult(cached, []);
        }

        byte[]? bytes = TryReadRegistry(path);
        if (bytes is null)
        {
            return RegistryLoader.Load(path);
        }

        // The loader works on the very bytes that are hashed, so an entry can never pair one content with another's model.
        RegistryLoadResult loaded = RegistryLoader.Load(bytes, path);
        if (loaded.Registry is null)
        {
            return loaded;
        }

        // Sorted once here, for the entry and for this start alike.
        CustomerRegistry registry = loaded.Registry with { CustomersByName = NameOrder.Of([.. loaded.Registry.Customers.Select(c => c.Name)]) };
        TryWriteEntry(entry, registry, bytes);
        return loaded with { Registry = registry };
    }

    /// <summary>One entry per registry path: editing the file replaces its entry instead of piling up new ones.</summary>
    public static string EntryPath(string cacheDirectory, string registryPath)
    {
        byte[] pathHash = XxHash128.Hash(Encoding.UTF8.GetBytes(Path.GetFullPath(registryPath)));
        return Path.Combine(cacheDirectory, "registry-cache", Convert.ToHexStringLower(pathHash) + ".bin");
    }

    /// <summary>The bytes of a registry the cache can serve: a regular file within the size limit; else null.</summary>
    private static byte[]? TryReadRegistry(string path)
    {
        try
        {
            using FileStream stream = OpenRegularFile(path);
            var bytes = new byte[stream.Length];
            stream.ReadExactly(bytes);
            EnsureEnded(stream);
            return bytes;
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            return null;
        }
    }

    // Only a regular file can be cached: its size is known and reading it does not use it up. Hashing a pipe
    // (`--registry <(git show main:customers.yaml)`) would consume what the load then needs, and a device such as
    // /dev/zero never ends. Anything else is loaded without the cache, by the loader's bounded read.
    private static FileStream OpenRegularFile(string path)
    {
        var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete, bufferSize: 0);
        if (!stream.CanSeek || stream.Length > RegistryLoader.MaxFileBytes)
        {
            stream.Dispose();
            throw new IOException($"'{path}' is not a regular file within the size limit");
        }

        return stream;
    }

    // A file that grew since its length was read, or a device that reports no length but never ends.
    private static void EnsureEnded(FileStream stream)
    {
        Span<byte> probe = stackalloc byte[1];
        if (stream.Read(probe) != 0)
        {
            throw new IOException("the registry changed while it was read");
        }
    }

    private static CustomerRegistry? TryReadEntry(string entry, string registryPath)
    {
        try
        {
            // A file over the limit has no entry (it never loads); checked first so it is never read just to hash it.
            var entryFile = new FileInfo(entry);
            bool candidate = entryFile.Exists && new FileInfo(registryPath) is { Exists: true, Length: <= RegistryLoader.MaxFileBytes };
            CustomerRegistry? registry = null;
            if (candidate)
            {
                // Mapped, not read: entries are only ever replaced whole (AtomicFile), never rewritten in place.
                using var bytes = MappedFile.Open(entry);
                registry = RegistryBinaryFormat.Read(bytes.Memory, seed => HashFile(registryPath, seed), registryPath);
            }

            if (registry is not null && DateTime.UtcNow - entryFile.LastWriteTimeUtc > TouchAfter)
            {
                MarkUsed(entryFile);
            }

            return registry;
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException || RegistryBinaryFormat.IsDamage(exception))
        {
            return null;
        }
    }

    // Streamed through a small buffer: when the entry matches (nearly every start) the registry's bytes are not needed,
    // and holding a 10,000-customer file in memory only to hash it cost about 2 ms of the picker's start.
    private static byte[] HashFile(string path, long seed)
    {
        using FileStream stream = OpenRegularFile(path);
        var hash = new XxHash128(seed);
        byte[] buffer = System.Buffers.ArrayPool<byte>.Shared.Rent(64 * 1024);
        try
        {
            for (long remaining = stream.Length; remaining > 0;)
            {
                int read = stream.Read(buffer, 0, (int)Math.Min(buffer.Length, remaining));
                if (read == 0)
                {
                    throw new IOException("the registry changed while it was read");
                }

                hash.Append(buffer.AsSpan(0, read));
                remaining -= read;
            }

            EnsureEnded(stream);
        }
        finally
        {
            System.Buffers.ArrayPool<byte>.Shared.Return(buffer);
        }

        return hash.GetCurrentHash();
    }

    private static void TryWriteEntry(string entry, CustomerRegistry registry, byte[] registryBytes)
    {
        try
        {
            // Not flushed to disk: an entry lost or damaged in a crash is only a slower start (the body hash catches
            // damage), and waiting for the disk cost 3.5 ms of every start after a registry change here, more on a busy laptop.
            AtomicFile.Write(entry, stream => RegistryBinaryFormat.WriteTo(stream, registry, registryBytes), durable: false);
            RemoveUnused(Path.GetDirectoryName(entry)!);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            // A read-only or full state directory costs speed, not correctness.
        }
    }

    private static void MarkUsed(FileInfo entry)
    {
        try
        {
            entry.LastWriteTimeUtc = DateTime.UtcNow;
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            // A read-only state directory: the entry still serves, it may just be removed as unused one day.
        }
    }

    private static void RemoveUnused(string directory)
    {
        DateTime now = DateTime.UtcNow;
        foreach (var file in new DirectoryInfo(directory).EnumerateFiles())
        {
            bool unusedEntry = file.Extension == ".bin" && now - file.LastWriteTimeUtc > UnusedEntryLifetime;
            bool abandoned = file.Name.StartsWith('.') && file.Extension == ".tmp" && now - file.LastWriteTimeUtc > AbandonedTemporaryAfter;
            if (unusedEntry || abandoned)
            {
                try
                {
                    file.Delete();
                }
                catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
                {
                    // Another start may be using it; the next write tries again.
                }
            }
        }
    }
}
