using MsspTui.Cli;
using MsspTui.Core.Registry;
using MsspTui.Drift;
using MsspTui.Picker;
using Xunit;

namespace MsspTui.Tests.DriftInPicker;

public sealed class PickerDriftSourceTests
{
    private static readonly string Root = RepositoryFiles.Root;

    [Fact]
    public async Task Saved_example_discovery_gives_each_customer_its_findings_and_unregistered_tenants_rows()
    {
        CustomerRegistry registry = RegistryLoader.Load(Path.Combine(Root, "customers.yaml")).Registry!;
        var run = new CliRun();
        var context = new CliContext(TextWriter.Null, TextWriter.Null, run.Environment, run.Platform, TimeProvider.System, stdoutIsTerminal: false);
        var parse = MsspTui.Commands.CommandCatalog.Build(context).Parse([]);

        MsspTui.Picker.PickerDrift drift = PickerDriftSource.Create(context, parse, registry, Path.Combine(Root, "examples", "discovery.json"));
        PickerDriftState state = (await drift.LoadSaved(CancellationToken.None))!;

        Assert.Equal(["missing", "role-missing"], state.For("cafe-lumiere").Select(f => f.Kind));
        Assert.Equal(PickerSeverity.Error, state.For("cafe-lumiere")[0].Severity);
        Assert.Empty(state.For("fabrikam"));
        Assert.Contains(state.Unregistered, t => t.DisplayName == "Contoso Pharmaceuticals");
        Assert.Null(state.Incomplete);
        Assert.False(drift.RefreshAtStart);
    }

    [Fact]
    public async Task Without_a_saved_discovery_there_is_no_drift_and_no_error()
    {
        CustomerRegistry registry = RegistryLoader.Load(Path.Combine(Root, "customers.yaml")).Registry!;
        var run = new CliRun();
        var context = new CliContext(TextWriter.Null, TextWriter.Null, run.Environment, run.Platform, TimeProvider.System, stdoutIsTerminal: false);

        MsspTui.Picker.PickerDrift drift = PickerDriftSource.Create(context, MsspTui.Commands.CommandCatalog.Build(context).Parse([]), registry, discoveryFile: null);

        Assert.Null(await drift.LoadSaved(CancellationToken.None));
    }

    [Fact]
    public async Task The_latest_discovery_is_the_registry_providers_own()
    {
        CustomerRegistry registry = RegistryLoader.Load(Path.Combine(Root, "customers.yaml")).Registry!;
        var run = new CliRun();
        var context = new CliContext(TextWriter.Null, TextWriter.Null, run.Environment, run.Platform, TimeProvider.System, stdoutIsTerminal: false);
        Directory.CreateDirectory(run.Platform.StateDirectory);
        string example = File.ReadAllText(Path.Combine(Root, "examples", "discovery.json"));
        File.WriteAllText(Path.Combine(run.Platform.StateDirectory, "discovery-00000000-0000-4000-8000-000000000000.json"), example);
        var parse = MsspTui.Commands.CommandCatalog.Build(context).Parse([]);

        // Another MSSP's (or a test registry's) discovery is not this registry's drift.
        Assert.Null(await PickerDriftSource.Create(context, parse, registry, discoveryFile: null).LoadSaved(CancellationToken.None));

        File.WriteAllText(LiveDiscovery.LatestPath(context, registry.Provider), example);
        Assert.NotNull(await PickerDriftSource.Create(context, parse, registry, discoveryFile: null).LoadSaved(CancellationToken.None));
        Assert.EndsWith($"discovery-{registry.Provider.TenantId.ToLowerInvariant()}.json", LiveDiscovery.LatestPath(context, registry.Provider));
        Directory.Delete(run.Platform.StateDirectory, recursive: true);
    }

    [Fact]
    public async Task A_token_in_the_environment_refreshes_at_start_and_a_missing_one_explains_itself()
    {
        CustomerRegistry registry = RegistryLoader.Load(Path.Combine(Root, "customers.yaml")).Registry!;
        var run = new CliRun();
        run.Environment["MSSP_TUI_GRAPH_TOKEN"] = "test-token";
        var context = new CliContext(TextWriter.Null, TextWriter.Null, run.Environment, run.Platform, TimeProvider.System, stdoutIsTerminal: false);

        MsspTui.Picker.PickerDrift drift = PickerDriftSource.Create(context, MsspTui.Commands.CommandCatalog.Build(context).Parse(["--graph-url", "http://example.com/v1.0"]), registry, null);

        Assert.True(drift.RefreshAtStart);
        var failure = await Assert.ThrowsAsync<InvalidOperationException>(() => drift.Refresh!.Invoke(CancellationToken.None));
        Assert.Contains("loopback", failure.Message);
    }
}
