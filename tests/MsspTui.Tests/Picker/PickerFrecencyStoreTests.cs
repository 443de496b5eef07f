using MsspTui.Core.Matching;
using MsspTui.Picker;
using Xunit;

namespace MsspTui.Tests.Picker;

public sealed class PickerFrecencyStoreTests : IDisposable
{
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "mssp-frecency-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(_directory))
        {
            Directory.Delete(_directory, recursive: true);
        }
    }

    [Fact]
    public void A_missing_state_directory_reads_as_empty_and_is_created_on_save()
    {
        var store = new FrecencyStore(Path.Combine(_directory, "nested"));
        Assert.Empty(store.Load().Entries);

        var book = new FrecencyBook();
        book.RecordVisit("fabrikam", DateTimeOffset.UnixEpoch);
        Assert.Null(store.Save(book));

        Assert.Equal("fabrikam", Assert.Single(store.Load().Entries).CustomerId);
        Assert.Equal([FrecencyStore.FileName], Directory.GetFiles(Path.Combine(_directory, "nested")).Select(Path.GetFileName));
    }

    [Fact]
    public void A_corrupt_file_is_ignored_and_replaced_on_the_next_save()
    {
        Directory.CreateDirectory(_directory);
        var store = new FrecencyStore(_directory);
        File.WriteAllText(store.Path, "{\"version\":1,\"visits\":[{\"id\":");

        FrecencyBook book = store.Load();
        Assert.Empty(book.Entries);
        book.RecordVisit("contoso", DateTimeOffset.UnixEpoch);
        store.Save(book);

        Assert.Equal("contoso", Assert.Single(FrecencyJson.Parse(File.ReadAllText(store.Path)).Entries).CustomerId);
    }

    [Fact]
    public void An_unwritable_location_gives_a_message_not_an_exception()
    {
        Directory.CreateDirectory(_directory);
        string file = Path.Combine(_directory, "not-a-directory");
        File.WriteAllText(file, "x");
        var store = new FrecencyStore(file);

        Assert.Contains("could not save", store.Save(new FrecencyBook()));
    }
}
