namespace MsspTui.Core.Drift;

/// <summary>What a Graph relationship status means for access.</summary>
public enum GdapStatusClass
{
    /// <summary>active, expiring: the relationship grants its roles now.</summary>
    Active,

    /// <summary>approvalPending, approved, created, activating.</summary>
    Pending,

    /// <summary>expired, terminated, terminating, terminationRequested.</summary>
    Ended,

    /// <summary>anything else (unknownFutureValue or a status this version does not know).</summary>
    Other,
}
