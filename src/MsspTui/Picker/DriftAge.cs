namespace MsspTui.Picker;

/// <summary>"just now", "12 min ago", "3 h ago", "2 d ago": how old the discovery behind the drift marks is.</summary>
public static class DriftAge
{
    public static string Describe(DateTimeOffset discoveredAt, DateTimeOffset now)
    {
        TimeSpan age = now - discoveredAt;
        if (age < TimeSpan.FromMinutes(1))
        {
            return "just now";
        }

        if (age < TimeSpan.FromHours(1))
        {
            return $"{(int)age.TotalMinutes} min ago";
        }

        if (age < TimeSpan.FromDays(2))
        {
            return $"{(int)age.TotalHours} h ago";
        }

        return $"{(int)age.TotalDays} d ago";
    }
}
