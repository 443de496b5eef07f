using System.Diagnostics;
using System.Text;
using MsspTui.Core.Registry;
using Xunit;

namespace MsspTui.Core.Tests.Registry;

/// <summary>Input refused before YAML parsing: encodings, binary content, size, missing files.</summary>
public sealed class RegistryInputLimitTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("mssp-loader-").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    [Theory]
    [InlineData(new byte[0], "MSSP004", 1, 1)]
    [InlineData(new byte[] { 0xFF, 0xFE, (byte)'a', 0 }, "MSSP003", 1, 1)]
    [InlineData(new byte[] { (byte)'a', (byte)':', (byte)' ', 0xC3, 0x28 }, "MSSP003", 1, 4)]
    [InlineData(new byte[] { (byte)'a', (byte)':', (byte)'\n', (byte)' ', 0x00 }, "MSSP003", 2, 2)]
    [InlineData(new byte[] { 0x7F, 0x45, 0x4C, 0x46, 0x02, 0x01 }, "MSSP003", 1, 1)]
    [InlineData(new byte[] { 0x1F, 0x8B, 0x08, 0x00 }, "MSSP003", 1, 1)]
    [InlineData(new byte[] { 0xEF, 0xBB, 0xBF }, "MSSP004", 1, 1)]
    [InlineData(new byte[] { (byte)'\n', (byte)' ', (byte)'\n' }, "MSSP004", 1, 1)]
    public void Bytes_that_are_not_a_registry_get_one_error_at_the_right_place(byte[] bytes, string code, int line, int column)
    {
        string path = Write("bad.yaml", bytes);

        var result = RegistryLoader.Load(path);

        Assert.Null(result.Registry);
        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal((code, line, column), (diagnostic.Code, diagnostic.Line, diagnostic.Column));
    }

    [Fact]
    public void A_byte_order_mark_and_CRLF_line_ends_are_fine_and_lines_still_count()
    {
        string text = File.ReadAllText(RepositoryFiles.ExampleRegistry).ReplaceLineEndings("\r\n");
        string path = Write("crlf.yaml", [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(text.Replace("  portal: defender", "  portal: defendr", StringComparison.Ordinal))]);

        var result = RegistryLoader.Load(path);

        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal("MSSP205", diagnostic.Code);
        int expectedLine = text.Split("\r\n").ToList().FindIndex(l => l == "  portal: defender") + 1;
        Assert.Equal((expectedLine, 11), (diagnostic.Line, diagnostic.Column));
    }

    [Fact]
    public void Files_over_the_size_limit_are_refused_unread()
    {
        string path = Path.Combine(_directory, "huge.yaml");
        using (var stream = File.Create(path))
        {
            stream.SetLength(RegistryLoader.MaxFileBytes + 1L);
        }

        var stopwatch = Stopwatch.StartNew();
        var result = RegistryLoader.Load(path);

        Assert.Equal("MSSP002", Assert.Single(result.Diagnostics).Code);
        Assert.Contains($"{RegistryLoader.MaxFileBytes / 1024 / 1024} MiB", result.Diagnostics[0].Message, StringComparison.Ordinal);
        Assert.True(stopwatch.ElapsedMilliseconds < 2000);
    }

    [Fact]
    public void Missing_files_and_directories_are_reported_not_thrown()
    {
        Assert.Equal("MSSP001", Assert.Single(RegistryLoader.Load(Path.Combine(_directory, "nope.yaml")).Diagnostics).Code);
        Assert.Equal("MSSP001", Assert.Single(RegistryLoader.Load(Path.Combine(_directory, "no-dir", "x.yaml")).Diagnostics).Code);
        Assert.Equal("MSSP001", Assert.Single(RegistryLoader.Load(_directory).Diagnostics).Code);
    }

    [Fact]
    public void Deep_nesting_is_refused_without_a_stack_overflow()
    {
        string text = "schemaVersion: 1\nx: " + new string('[', 100_000) + new string(']', 100_000) + "\n";

        var result = RegistryLoader.Parse(text, "deep.yaml");

        Assert.True(result.HasErrors);
        Assert.Contains(result.Diagnostics, d => d.Code is "MSSP009" or "MSSP005");
    }

    [Fact]
    public void A_billion_laughs_is_refused_at_its_first_anchor_in_well_under_a_second()
    {
        var builder = new StringBuilder("schemaVersion: 1\nl0: &l0 [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]\n");
        for (int i = 1; i < 30; i++)
        {
            builder.Append($"l{i}: &l{i} [{string.Join(", ", Enumerable.Repeat($"*l{i - 1}", 10))}]\n");
        }

        RegistryLoader.Parse("a: &x 1\n", "warm-up.yaml");
        var stopwatch = Stopwatch.StartNew();
        var result = RegistryLoader.Parse(builder.ToString(), "bomb.yaml");
        stopwatch.Stop();

        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal(("MSSP006", 2, 5), (diagnostic.Code, diagnostic.Line, diagnostic.Column));
        Assert.True(stopwatch.ElapsedMilliseconds < 1000, $"{stopwatch.ElapsedMilliseconds} ms");
    }

    private string Write(string name, byte[] bytes)
    {
        string path = Path.Combine(_directory, name);
        File.WriteAllBytes(path, bytes);
        return path;
    }
}
