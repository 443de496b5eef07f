using System.Runtime.CompilerServices;
using MsspTui.Picker;
using Xunit;

namespace MsspTui.Tests.Picker;

public sealed class PickerDocsTests
{
    [Fact]
    public void Docs_list_every_key_the_picker_has()
    {
        string docs = File.ReadAllText(Path.Combine(RepositoryRoot(), "docs", "picker.md"));

        Assert.All(PickerKeys.All.Concat(PickerKeys.PortalMenu), k => Assert.Contains($"| {k.Keys} | {k.Action} |", docs));
    }

    private static string RepositoryRoot([CallerFilePath] string path = "") =>
        Path.GetFullPath(Path.Combine(Path.GetDirectoryName(path)!, "..", "..", ".."));
}
