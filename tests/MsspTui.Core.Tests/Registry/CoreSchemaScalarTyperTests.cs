using MsspTui.Core.Registry.Yaml;
using Xunit;

namespace MsspTui.Core.Tests.Registry;

public sealed class CoreSchemaScalarTyperTests
{
    [Theory]
    [InlineData("0f3c1f6d-1dc2-41fe-ad27-7817a1e69e57", "String")]
    [InlineData("00123", "String")]
    [InlineData("007.5", "String")]
    [InlineData("yes", "String")]
    [InlineData("on", "String")]
    [InlineData("No", "String")]
    [InlineData("2026-01-01", "String")]
    [InlineData("1e", "String")]
    [InlineData(".", "String")]
    [InlineData("0x", "String")]
    [InlineData("0o8", "String")]
    [InlineData("TRUE", "Boolean")]
    [InlineData("false", "Boolean")]
    [InlineData("", "Null")]
    [InlineData("~", "Null")]
    [InlineData("Null", "Null")]
    [InlineData("1", "Integer")]
    [InlineData("0", "Integer")]
    [InlineData("-17", "Integer")]
    [InlineData("+3", "Integer")]
    [InlineData("0x1F", "Integer")]
    [InlineData("0o17", "Integer")]
    [InlineData("1.5", "Float")]
    [InlineData("1.", "Float")]
    [InlineData(".5", "Float")]
    [InlineData("1e10", "Float")]
    [InlineData("-.inf", "Float")]
    [InlineData(".NaN", "Float")]
    public void Plain_scalars_follow_the_YAML_1_2_core_schema(string text, string expected) =>
        Assert.Equal(expected, CoreSchemaScalarTyper.Resolve(text).ToString());
}
