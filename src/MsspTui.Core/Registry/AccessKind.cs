namespace MsspTui.Core.Registry;

public enum AccessKind
{
    Gdap,
    B2b,
}
