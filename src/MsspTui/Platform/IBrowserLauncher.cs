namespace MsspTui.Platform;

public interface IBrowserLauncher
{
    /// <summary>Opens an https URL in the browser. Never throws for a missing or failing browser.</summary>
    LaunchResult Launch(string url);
}
