namespace MsspTui.Core.Drift;

public static class GdapStatusClasses
{
    public static GdapStatusClass Classify(string status) => status.Trim().ToLowerInvariant() switch
    {
        "active" or "expiring" => GdapStatusClass.Active,
        "approvalpending" or "approved" or "created" or "activating" => GdapStatusClass.Pending,
        "expired" or "terminated" or "terminating" or "terminationrequested" => GdapStatusClass.Ended,
        _ => GdapStatusClass.Other,
    };
}
