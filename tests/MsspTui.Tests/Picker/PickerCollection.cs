using Xunit;

namespace MsspTui.Tests.Picker;

/// <summary>Terminal.Gui keeps some process-wide state: picker tests run one at a time.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class PickerCollection
{
    public const string Name = "Picker";
}
