using MsspTui.Core.IO;
using MsspTui.Core.Matching;

namespace MsspTui.Picker;

/// <summary>Reads and writes <c>&lt;state dir&gt;/frecency.json</c>. A missing, unreadable or corrupt file reads as empty.</summary>
public sealed class FrecencyStore(string stateDirectory)
{
    public const string FileName = "frecency.json";

    public string Path { get; } = System.IO.Path.Combine(stateDirectory, FileName);

    public FrecencyBook Load()
    {
        try
        {
            return File.Exists(Path) ? FrecencyJson.Parse(File.ReadAllText(Path)) : new FrecencyBook();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return new FrecencyBook();
        }
    }

    /// <summary>Writes atomically (temp file, then rename over); returns an error message instead of throwing.</summary>
    public string? Save(FrecencyBook book) => Save(FrecencyJson.Write(book));

    /// <summary>Writes text already serialised (on the thread that owns the book) atomically.</summary>
    public string? Save(string json)
    {
        try
        {
            AtomicFile.WriteAllText(Path, json);
            return null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return $"could not save {Path}: {e.Message}";
        }
    }
}
