using MsspTui.Core.Registry;
using MsspTui.Core.Registry.Cache;

namespace MsspTui.Tests;

/// <summary>
/// Serves a model to the commands for a registry file without the loader's rules: a start-up cache entry for the file's
/// exact bytes, as a version that did not have a rule yet would have left it.
/// </summary>
public static class UncheckedRegistry
{
    public static void Plant(string registryPath, string stateDirectory, CustomerRegistry model)
    {
        string entry = CachedRegistryLoader.EntryPath(stateDirectory, registryPath);
        Directory.CreateDirectory(Path.GetDirectoryName(entry)!);
        File.WriteAllBytes(entry, RegistryBinaryFormat.Write(model with { SourcePath = registryPath }, File.ReadAllBytes(registryPath)));
    }
}
