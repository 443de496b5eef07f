using MsspTui.Picker;
using Xunit;

namespace MsspTui.Tests.Picker;

public sealed class PickerDocsTests
{
    [Fact]
    public void Docs_list_every_key_the_picker_has()
    {
        string docs = File.ReadAllText(RepositoryFiles.Path("docs", "picker.md"));

        Assert.All(PickerKeys.All.Concat(PickerKeys.PortalMenu), k => Assert.Contains($"| {k.Keys} | {k.Action} |", docs));
    }
}
