using MsspTui.Core.Matching;
using MsspTui.Core.Registry;
using MsspTui.Platform;

namespace MsspTui.Picker;

/// <summary>Everything the picker runs on; tests pass fakes.</summary>
public sealed record PickerOptions(
    CustomerRegistry Registry,
    IPlatform Platform,
    PickerDrift Drift,
    TimeProvider Time,
    bool NoColor,
    FrecencyBook? Frecency = null);
