using MsspTui.Core.Matching;
using MsspTui.Core.Registry;

namespace MsspTui.Picker;

/// <summary>Everything the picker runs on; tests pass fakes.</summary>
public sealed record PickerOptions(
    CustomerRegistry Registry,
    IPickerPlatform Platform,
    PickerDrift Drift,
    TimeProvider Time,
    bool NoColor,
    FrecencyBook? Frecency = null);
