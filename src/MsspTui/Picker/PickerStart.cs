using MsspTui.Core.Matching;

namespace MsspTui.Picker;

/// <summary>
/// The part of the picker's start that needs no terminal — visit history, rows, search index, base order — so that
/// <see cref="PickerApp"/> can build it on another core while the terminal driver starts.
/// </summary>
internal sealed record PickerStart(FrecencyStore FrecencyStore, FrecencyBook Frecency, PickerState State)
{
    public static PickerStart Prepare(PickerOptions options)
    {
        var store = new FrecencyStore(options.Platform.StateDirectory);
        FrecencyBook frecency = options.Frecency ?? store.Load();
        StartupTrace.Mark("frecency loaded");
        var state = new PickerState(options.Registry, frecency, options.Time);
        StartupTrace.Mark("rows, search index and order built");
        return new PickerStart(store, frecency, state);
    }
}
