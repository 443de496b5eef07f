using Xunit;
using Xunit.Abstractions;

namespace MsspTui.EndToEnd.Tests;

/// <summary>The real executable's picker in tmux, on a registry it has never seen, with a fake $BROWSER.</summary>
[System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
public sealed class PickerInTmuxTests(ITestOutputHelper output) : IDisposable
{
    private const string Registry = """
        schemaVersion: 1
        provider:
          name: E2E MSSP
          tenantId: 11111111-2222-4333-8444-555555555555
        customers:
          - id: fabrikam
            name: Fabrikam, Inc.
            tenantId: 0F3C1D2E-1111-4A2B-8C3D-4E5F60718293
            tags: [tier1, eu]
          - id: contoso
            name: Contoso Ltd
            tenantId: 1a2b3c4d-2222-4a2b-8c3d-4e5f60718293
          - id: sakura
            name: 桜商事株式会社
            tenantId: 2a2b3c4d-3333-4a2b-8c3d-4e5f60718293
        """;

    private readonly string _directory = Directory.CreateTempSubdirectory("mssp-picker-e2e-").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    [PickerTmuxFact]
    public void Type_enter_hands_the_url_to_BROWSER_then_esc_esc_quits_with_exit_0()
    {
        using PickerTmux picker = StartPicker();
        TimeSpan firstFrame = picker.WaitFor(s => s.Contains("Fabrikam, Inc.") && s.Contains("桜商事株式会社"), "the first frame");
        output.WriteLine($"first frame after {firstFrame.TotalMilliseconds:F0} ms (JIT, includes dotnet start-up)");

        picker.Type("fab");
        picker.WaitFor(s => s.Contains("> fab") && s.Contains("1/3"), "the filter to narrow the list");
        picker.Press("Enter");
        string args = WaitForFile(Path.Combine(_directory, "browser-args"));

        Assert.Equal(["1", "https://security.microsoft.com/?tid=0f3c1d2e-1111-4a2b-8c3d-4e5f60718293"], args.TrimEnd('\n').Split('\n'));
        picker.WaitFor(s => s.Contains("opened Fabrikam, Inc. in defender"), "the status line");
        Assert.DoesNotContain("browser noise", picker.Screen);

        picker.Press("Escape");
        picker.WaitFor(s => s.Contains("3/3"), "Esc to clear the filter");
        picker.Press("Escape");
        Assert.Equal(0, picker.WaitForExit());
        picker.WaitFor(s => s.Contains("picker exited"), "the shell to get the terminal back");
        Assert.DoesNotContain("TENANT ID", picker.Screen);
        Assert.True(File.Exists(Path.Combine(_directory, "state", "frecency.json")), "the visit is remembered");
    }

    [PickerTmuxFact]
    public void Ctrl_c_quits_and_restores_the_terminal()
    {
        using PickerTmux picker = StartPicker(width: 80, height: 24);
        picker.WaitFor(s => s.Contains("Contoso Ltd"), "the first frame");
        picker.Type("con");
        picker.WaitFor(s => s.Contains("1/3"), "the filter");

        picker.Press("C-c");

        Assert.Equal(0, picker.WaitForExit());
        picker.WaitFor(s => s.Contains("picker exited") && !s.Contains("TENANT ID"), "the normal screen back");
        Assert.Equal("alt=0 cursor=1 mouse=0 cursorkeys=0 keypad=0", picker.TerminalModes);
    }

    [PickerTmuxFact]
    public void A_closed_terminal_ends_the_picker_even_with_hang_ups_ignored()
    {
        using PickerTmux picker = StartPicker(ignoreHangUp: true);
        picker.WaitFor(s => s.Contains("Contoso Ltd"), "the first frame");

        picker.CloseTerminal();

        // Before, it read end-of-file in a loop, on a core, until killed.
        Assert.Equal(1, picker.WaitForExit(seconds: 10));
    }

    [PickerTmuxTheory]
    [InlineData("TERM", 143)]
    [InlineData("INT", 130)]
    public void A_signal_to_end_quits_like_esc_and_restores_the_terminal(string signal, int exitCode)
    {
        using PickerTmux picker = StartPicker();
        picker.WaitFor(s => s.Contains("Contoso Ltd"), "the first frame");

        picker.Signal(signal);

        Assert.Equal(exitCode, picker.WaitForExit());
        picker.WaitFor(s => s.Contains("picker exited") && !s.Contains("TENANT ID"), "the normal screen back");
        Assert.Equal("alt=0 cursor=1 mouse=0 cursorkeys=0 keypad=0", picker.TerminalModes);
    }

    [PickerTmuxFact]
    public void Combining_marks_are_drawn_and_the_columns_after_them_line_up()
    {
        // Each name with its width in terminal columns (wcwidth, as tmux counts): marks take none, the Devanagari
        // vowel signs "ा" and "ी" one.
        (string Id, string Name, int Columns)[] names =
        [
            ("sbi", "भारतीय स्टेट बैंक हिन्दी", 19),
            ("kasikorn", "ธนาคารกสิกรไทย สวัสดี", 18),
            ("cafe", "Cafe\u0301 Noir", 9),
        ];
        using PickerTmux picker = StartPicker(registry: $$"""
            schemaVersion: 1
            provider:
              name: E2E MSSP
              tenantId: 11111111-2222-4333-8444-555555555555
            customers:
              - { id: sbi, name: "{{names[0].Name}}", tenantId: 5a2b3c4d-6666-4a2b-8c3d-4e5f60718293 }
              - { id: kasikorn, name: "{{names[1].Name}}", tenantId: 6a2b3c4d-7777-4a2b-8c3d-4e5f60718293 }
              - { id: cafe, name: "{{names[2].Name}}", tenantId: 7a2b3c4d-8888-4a2b-8c3d-4e5f60718293 }
            """);
        picker.WaitFor(s => s.Contains("3/3") && s.Contains("kasikorn"), "the first frame");

        string[] lines = picker.Screen.Split('\n');
        int[] idColumns = names.Select(n =>
        {
            // "▌ " or "  ", the name with all its marks, spaces, the id.
            string row = Assert.Single(lines, l => l.Contains($" {n.Id} ", StringComparison.Ordinal));
            Assert.Equal(2, row.IndexOf($"{n.Name} ", StringComparison.Ordinal));
            int spaces = row.IndexOf($" {n.Id} ", StringComparison.Ordinal) + 1 - (2 + n.Name.Length);
            return 2 + n.Columns + spaces;
        }).ToArray();
        Assert.All(idColumns, column => Assert.Equal(idColumns[0], column));
    }

    private PickerTmux StartPicker(int width = 100, int height = 30, bool ignoreHangUp = false, string registry = Registry)
    {
        File.WriteAllText(Path.Combine(_directory, "customers.yaml"), registry);
        string browser = Path.Combine(_directory, "browser.sh");
        File.WriteAllText(browser, "#!/bin/sh\nprintf '%s\\n' \"$#\" \"$@\" > \"$(dirname \"$0\")/browser-args.tmp\"\nmv \"$(dirname \"$0\")/browser-args.tmp\" \"$(dirname \"$0\")/browser-args\"\necho 'browser noise'\necho 'browser noise' >&2\n");
        File.SetUnixFileMode(browser, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        return PickerTmux.Start(_directory, ["--registry", Path.Combine(_directory, "customers.yaml")],
            new Dictionary<string, string>
            {
                ["BROWSER"] = browser,
                ["MSSP_TUI_STATE_DIR"] = Path.Combine(_directory, "state"),
                ["TERM"] = "xterm-256color",
            },
            width, height, ignoreHangUp);
    }

    private static string WaitForFile(string path)
    {
        for (int i = 0; i < 1000 && !File.Exists(path); i++)
        {
            Thread.Sleep(20);
        }

        Assert.True(File.Exists(path), $"$BROWSER was not run ({path} missing)");
        return File.ReadAllText(path);
    }
}
