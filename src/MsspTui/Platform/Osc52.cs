using System.Text;

namespace MsspTui.Platform;

/// <summary>The OSC 52 "set clipboard" escape sequence, understood by most terminals, also across SSH.</summary>
public static class Osc52
{
    public static string Sequence(string text) => $"\u001b]52;c;{Convert.ToBase64String(Encoding.UTF8.GetBytes(text))}\u0007";
}
