using CsCheck;
using MsspTui.Core.Matching;
using Xunit;

namespace MsspTui.Core.Tests.Matching;

public sealed class LowerCaseTests
{
    [Fact]
    public void Lower_casing_is_exactly_to_lower_invariant()
    {
        Gen.OneOf(Gen.Char[' ', '~'], Gen.Char['\u00c0', '\u024f'], Gen.Char['\u0391', '\u03a9'], Gen.Char['\u4e00', '\u4e10'], Gen.Const('\u0130'))
            .Array[0, 20].Select(chars => new string(chars))
            .Sample(text => Assert.Equal(text.ToLowerInvariant(), LowerCase.Of(text)), iter: 5000);
    }

    [Fact]
    public void Lower_case_ascii_is_not_copied()
    {
        string text = "fabrikam-01 tier1";

        Assert.Same(text, LowerCase.Of(text));
    }
}
