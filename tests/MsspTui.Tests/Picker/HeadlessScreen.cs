using System.Drawing;
using Terminal.Gui.App;
using Terminal.Gui.Drivers;
using Terminal.Gui.Time;
using Terminal.Gui.ViewBase;

namespace MsspTui.Tests.Picker;

/// <summary>A headless Terminal.Gui application of a given size with one view covering it, to write cells into.</summary>
internal sealed class HeadlessScreen : IDisposable
{
    public HeadlessScreen(int width, int height)
    {
        Environment.SetEnvironmentVariable("DisableRealDriverIO", "1");
        App = Application.Create(new VirtualTimeProvider());
        App.Init(DriverRegistry.Names.ANSI);
        App.Driver!.SetScreenSize(width, height);
        View = new View { App = App, Frame = new Rectangle(0, 0, width, height) };
    }

    public IApplication App { get; }

    public View View { get; }

    public IDriver Driver => App.Driver!;

    public void Dispose()
    {
        View.Dispose();
        App.Dispose();
    }
}
