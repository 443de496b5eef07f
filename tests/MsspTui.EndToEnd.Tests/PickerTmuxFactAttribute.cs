using Xunit;

namespace MsspTui.EndToEnd.Tests;

/// <summary>A test that needs tmux: skipped, saying so, where tmux is missing (.ci/run installs it).</summary>
public sealed class PickerTmuxFactAttribute : FactAttribute
{
    public PickerTmuxFactAttribute()
    {
        if (OperatingSystem.IsWindows())
        {
            Skip = "the picker's tmux tests run on Linux and macOS";
        }
        else if (!PickerTmux.IsAvailable)
        {
            Skip = "tmux is not installed: install it (the CI script .ci/run does) to run the picker end to end";
        }
    }
}
