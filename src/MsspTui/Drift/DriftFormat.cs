namespace MsspTui.Drift;

public enum DriftFormat
{
    Text,
    Markdown,
    Json,
}
