using BenchmarkDotNet.Running;
using MsspTui.Benchmarks;

// `generate N FILE [NAMES_FILE]` writes a synthetic registry (and its names, for fzf); `profile FILE [RUNS]` times each
// phase of load and validate; anything else runs benchmarks.
if (args is ["generate", var count, var registryPath, ..])
{
    int customers = int.Parse(count, System.Globalization.CultureInfo.InvariantCulture);
    File.WriteAllText(registryPath, SyntheticRegistry.Yaml(customers));
    if (args.Length > 3)
    {
        File.WriteAllLines(args[3], SyntheticRegistry.Names(customers));
    }

    return 0;
}

if (args is ["profile", var file, ..])
{
    PhaseProfile.Run(file, args.Length > 2 ? int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture) : 5, Console.Out);
    return 0;
}

BenchmarkSwitcher.FromAssembly(typeof(SyntheticRegistry).Assembly).Run(args);
return 0;
