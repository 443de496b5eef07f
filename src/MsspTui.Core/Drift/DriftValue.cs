namespace MsspTui.Core.Drift;

/// <summary>The expected or actual side of a finding: nothing, one text, or a list of texts.</summary>
public sealed record DriftValue
{
    public static DriftValue None { get; } = new(null, null);

    private DriftValue(string? text, IReadOnlyList<string>? items)
    {
        Text = text;
        Items = items;
    }

    public string? Text { get; }

    public IReadOnlyList<string>? Items { get; }

    public bool IsNone => Text is null && Items is null;

    public static DriftValue Of(string? text) => text is null ? None : new(text, null);

    public static DriftValue List(IEnumerable<string> items) => new(null, items.ToArray());

    /// <summary>A one-line rendering for text and markdown reports.</summary>
    public string Display => Items is { } list ? (list.Count == 0 ? "(none)" : string.Join(", ", list)) : Text ?? "(none)";

    public bool Equals(DriftValue? other) =>
        other is not null && Text == other.Text &&
        (Items is null ? other.Items is null : other.Items is not null && Items.SequenceEqual(other.Items));

    public override int GetHashCode() => HashCode.Combine(Text, Items?.Count);

    public override string ToString() => Items is null ? Text ?? "null" : "[" + string.Join(", ", Items) + "]";
}
