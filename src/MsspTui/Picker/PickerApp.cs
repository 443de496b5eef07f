using Terminal.Gui.App;

namespace MsspTui.Picker;

/// <summary>Runs the picker full screen. Disposing the application restores the terminal, also after an exception.</summary>
public static class PickerApp
{
    public static int Run(PickerOptions options)
    {
        using IApplication app = Application.Create().Init();
        using var picker = new PickerView(options);
        app.Run(picker);
        return 0;
    }
}
