namespace MsspTui.Tests;

/// <summary>A clock that always says the same time, so reports and ages are stable.</summary>
public sealed class FixedTime(DateTimeOffset now) : TimeProvider
{
    public DateTimeOffset Now { get; set; } = now;

    public override DateTimeOffset GetUtcNow() => Now;
}
