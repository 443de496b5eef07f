using CsCheck;

namespace MsspTui.Core.Tests;

/// <summary>Texts one edit away from a valid one: where a hand-written matcher and its definition most often disagree.</summary>
internal static class NearMisses
{
    /// <summary>A valid text with one character of <paramref name="alphabet"/> put in place of one, or one removed, or one added.</summary>
    public static Gen<string> Of(string alphabet, params string[] valid) =>
        Gen.Select(Gen.Int[0, valid.Length - 1].Select(k => valid[k]), Gen.Int[0, 80], Gen.Char[alphabet], Gen.Int[0, 2])
            .Select((text, at, c, edit) =>
            {
                int i = Math.Min(at, text.Length);
                return edit switch
                {
                    0 when i < text.Length => text.Remove(i, 1).Insert(i, c.ToString()),
                    1 when i < text.Length => text.Remove(i, 1),
                    _ => text.Insert(i, c.ToString()),
                };
            });
}
