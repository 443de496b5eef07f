using Terminal.Gui.App;

namespace MsspTui.Picker;

/// <summary>Runs the picker full screen. Disposing the application restores the terminal, also after an exception.</summary>
public static class PickerApp
{
    public static int Run(PickerOptions options)
    {
        StartupTrace.Mark("picker starts (runtime up, command line parsed, registry loaded)");
        using IApplication app = Application.Create().Init();
        StartupTrace.Mark("terminal driver ready");
        using var picker = new PickerView(options);
        StartupTrace.Mark("picker state built");
        app.Run(picker);
        return 0;
    }
}
