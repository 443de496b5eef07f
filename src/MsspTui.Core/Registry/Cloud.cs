namespace MsspTui.Core.Registry;

public enum Cloud
{
    Global,
    UsGov,
    UsGovHigh,
    DoD,
    China,
}
