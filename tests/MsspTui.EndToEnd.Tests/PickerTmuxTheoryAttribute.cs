using Xunit;

namespace MsspTui.EndToEnd.Tests;

/// <summary>A theory that needs tmux: skipped, saying so, where tmux is missing (.ci/run installs it).</summary>
public sealed class PickerTmuxTheoryAttribute : TheoryAttribute
{
    public PickerTmuxTheoryAttribute() => Skip = new PickerTmuxFactAttribute().Skip;
}
