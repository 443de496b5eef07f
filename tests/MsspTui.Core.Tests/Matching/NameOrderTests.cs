using CsCheck;
using MsspTui.Core.Matching;
using Xunit;

namespace MsspTui.Core.Tests.Matching;

public sealed class NameOrderTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 28, 12, 0, 0, TimeSpan.Zero);

    // Names drawn from few characters, so that equal and case-variant names are common.
    private static readonly Gen<string[]> Names =
        Gen.OneOf(Gen.Char['a', 'c'], Gen.Char['A', 'C'], Gen.Const('é'), Gen.Const('É'), Gen.Char['\u0391', '\u0392'], Gen.Const(' '))
            .Array[0, 4].Select(chars => new string(chars)).Array[0, 60];

    [Fact]
    public void Rows_are_in_case_insensitive_ordinal_order_and_equal_names_keep_their_row_order()
    {
        Names.Sample(names =>
        {
            int[] expected = Enumerable.Range(0, names.Length).OrderBy(row => names[row], StringComparer.OrdinalIgnoreCase).ToArray();
            Assert.Equal(expected, NameOrder.Of(names));
        });
    }

    [Fact]
    public void A_known_name_order_gives_the_same_picker_order_as_sorting_again()
    {
        Gen.Select(Names, Gen.Int[0, 1000]).Sample((names, seed) =>
        {
            var random = new Random(seed);
            string?[] ids = names.Select((_, row) => random.Next(4) == 0 ? null : $"c{row}").ToArray();
            var book = new FrecencyBook(ids.OfType<string>().Where(_ => random.Next(3) == 0)
                .Select(id => new FrecencyEntry(id, random.Next(1, 5), Now.AddHours(-random.Next(1, 100)))).ToList());

            Assert.Equal(
                CustomerOrder.ByFrecencyThenName(ids, names, book, Now),
                CustomerOrder.ByFrecencyThenName(ids, names, book, Now, NameOrder.Of(names)));
        });
    }

    [Theory]
    [InlineData(new int[0], 0, true)]
    [InlineData(new[] { 2, 0, 1 }, 3, true)]
    [InlineData(new[] { 0, 1 }, 3, false)]
    [InlineData(new[] { 0, 0, 1 }, 3, false)]
    [InlineData(new[] { 0, 1, 3 }, 3, false)]
    [InlineData(new[] { 0, -1, 1 }, 3, false)]
    public void Only_each_row_exactly_once_is_a_permutation(int[] order, int count, bool expected) =>
        Assert.Equal(expected, NameOrder.IsPermutation(order, count));
}
