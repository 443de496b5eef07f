namespace MsspTui.Core.Registry;

public enum CustomerStatus
{
    Active,
    Onboarding,
    Offboarded,
}
