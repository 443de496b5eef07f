using System.Buffers;
using System.Runtime.CompilerServices;
using System.Runtime.ExceptionServices;
using MsspTui.Core.IO;
using MsspTui.Core.Portals;
using MsspTui.Core.Registry;
using MsspTui.Core.Registry.Yaml;

namespace MsspTui.Core.Validation;

/// <summary>
/// `validate`'s fast path: one streaming pass over the registry file that answers "certainly clean" (the full check
/// would report nothing at all, not even a warning) or "can't tell" — never a diagnostic. The customer list, nearly
/// all of a large registry, is read line by line by <see cref="CustomerBlockScanner"/> and checked by
/// <see cref="CleanCustomers"/> with the full check's own checks; the rest of the document (provider, defaults,
/// comments) goes through the full check as a small document whose customer list is empty. Anything outside the
/// scanner's form or any finding means "can't tell", and <see cref="RegistryValidator"/> runs the full check, which
/// reports. Why: building and walking a tree of 10,000 customers took ten times as long as the process's start.
/// </summary>
public static class CleanRegistryScan
{
    // The longest line read (a longer one, such as a very long note, is left to the full check).
    private const int BufferBytes = 64 * 1024;

    // The rest of the document is a few hundred bytes in practice; bounding it bounds its YAML nodes too.
    private const int MaxRestBytes = 64 * 1024;

    private static ReadOnlySpan<byte> CustomersKey => "customers:"u8;

    private enum Part
    {
        BeforeList,
        List,
        AfterList,
    }

    /// <summary>Whether `validate` of the file at <paramref name="path"/> certainly reports nothing.</summary>
    public static bool IsCertainlyClean(string path)
    {
        try
        {
            // A regular file only: a FIFO, a device or a /proc file reports no size and is left to the full check,
            // which reads it once and bounded.
            var info = new FileInfo(path);
            if (!info.Exists || info.Length is 0 or > RegistryLoader.MaxFileBytes)
            {
                return false;
            }

            using var handle = File.OpenHandle(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
            return IsCertainlyClean((offset, buffer) => RandomAccess.Read(handle, buffer, offset), RandomAccess.GetLength(handle), SplitFrom);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or NotSupportedException or ArgumentException)
        {
            return false;
        }
    }

    /// <summary>Whether `validate` of a registry with these bytes certainly reports nothing (read in two halves from <paramref name="splitFrom"/> bytes).</summary>
    internal static bool IsCertainlyClean(ReadOnlyMemory<byte> bytes, long splitFrom = SplitFrom) =>
        IsCertainlyClean(
            (offset, buffer) =>
            {
                var available = bytes.Span[(int)Math.Min(offset, bytes.Length)..];
                int count = Math.Min(available.Length, buffer.Length);
                available[..count].CopyTo(buffer);
                return count;
            },
            bytes.Length,
            splitFrom);

    // Registries from this size (about 3,000 customers) are read in two halves at once, one per core when there are two.
    private const long SplitFrom = 512 * 1024;

    internal static bool IsCertainlyClean(ReadAt read, long length, long splitFrom)
    {
        if (length is 0 or > RegistryLoader.MaxFileBytes)
        {
            return false;
        }

        // A customer entry takes 150 bytes or more: the first size of the lists of uniqueness keys.
        int capacity = (int)Math.Min(length / 150, 1_000_000);
        if (length < splitFrom || Environment.ProcessorCount < 2)
        {
            return IsCleanAsWhole(read, length, capacity);
        }

        // The second reader starts at once and sets itself up on its own core while this one finds where its half
        // begins and checks the start of the document. The first reader to be unsure stops the other: the full check
        // is to run anyway.
        var unsure = new StrongBox<bool>();
        using var splitFound = new ManualResetEventSlim();
        Split? split = null;
        CleanCustomers? second = null;
        PartScan? secondScan = null;
        bool secondClean = false;
        ExceptionDispatchInfo? secondFailure = null;
        var thread = new Thread(
            () =>
            {
                try
                {
                    second = CleanCustomers.Create(capacity / 2);
                    splitFound.Wait();
                    if (second is null || split is not { } found)
                    {
                        return;
                    }

                    secondScan = new PartScan(second, unsure, found.ItemIndent);
                    secondClean = secondScan.Run(read, found.Half, length, found.Middle) && secondScan.FinishList();
                    if (secondClean)
                    {
                        second.PrepareAcross(capacity);
                    }
                }
                catch (Exception exception)
                {
                    // Passed on by the first reader, as its own failures are: an exception on this thread would end the process.
                    secondFailure = ExceptionDispatchInfo.Capture(exception);
                    Volatile.Write(ref unsure.Value, true);
                }
            },
            256 * 1024) { IsBackground = true };
        thread.Start();

        CleanCustomers? first = null;
        PartScan? firstScan = null;
        RestVerdict? early = null;
        bool firstClean = false;
        try
        {
            try
            {
                split = FindSecondHalf(read, length);
            }
            finally
            {
                splitFound.Set();
            }

            if (split is { } found)
            {
                // The document without its customers as far as the list (nearly always all of it); a document whose
                // rest turns out different is checked again at the end.
                early = CheckRest(found.Document, found.CustomersLine);
                first = early.Clean ? CleanCustomers.Create(capacity / 2) : null;
                firstScan = first is null ? null : new PartScan(first, unsure);
                firstClean = firstScan is not null && firstScan.Run(read, 0, found.Half, found.Head) && firstScan.FinishHalf(found.ItemIndent);
                if (firstClean)
                {
                    first!.PrepareAcross(capacity);
                }
            }
        }
        finally
        {
            // However this reader ended, the other is stopped and waited for: it reads through the same file handle.
            if (!firstClean)
            {
                Volatile.Write(ref unsure.Value, true);
            }

            thread.Join();
        }

        secondFailure?.Throw();
        if (split is null)
        {
            return IsCleanAsWhole(read, length, capacity);
        }

        if (!firstClean || !secondClean)
        {
            return false;
        }

        first!.Merge(second!);
        firstScan!.Rest.Write(secondScan!.Rest.WrittenSpan);
        return IsCleanDocument(first, firstScan.Rest.WrittenSpan, firstScan.CustomersLine, firstScan.Nodes + secondScan.Nodes, early);
    }

    // One reader from the start of the file to its end.
    private static bool IsCleanAsWhole(ReadAt read, long length, int capacity) =>
        CleanCustomers.Create(capacity) is { } customers && new PartScan(customers, new StrongBox<bool>()) is var whole &&
        whole.Run(read, 0, length) && whole.FinishList() && IsCleanDocument(customers, whole.Rest.WrittenSpan, whole.CustomersLine, whole.Nodes);

    /// <summary>
    /// Where the second half of the customer list starts (<paramref name="Half"/>: a customer entry's first line after
    /// the middle of the file), the indentation of the list's entries, the document before the list as the first reader
    /// will write it (with `customers: []` in the list's place, on line <paramref name="CustomersLine"/>), and the bytes
    /// read to find them, from the start and from the middle, for the readers of the two halves to start with.
    /// </summary>
    private sealed record Split(long Half, int ItemIndent, byte[] Document, int CustomersLine, ReadAhead Head, ReadAhead Middle);

    // Null when the list is not found near the start or middle.
    private static Split? FindSecondHalf(ReadAt read, long length)
    {
        var headBuffer = GC.AllocateUninitializedArray<byte>((int)Math.Min(length, BufferBytes));
        ReadOnlySpan<byte> head = headBuffer.AsSpan(0, read(0, headBuffer));
        int key = -1;
        for (int at = 0; at < head.Length; at = head[at..].IndexOf((byte)'\n') is var next and >= 0 ? at + next + 1 : head.Length)
        {
            if (IsCustomersKey(Line(head[at..])))
            {
                key = at;
                break;
            }
        }

        // The list's first entry: the first line after the key that is not blank or a comment.
        int itemIndent = -1;
        for (int at = key < 0 ? head.Length : key; at < head.Length;)
        {
            int next = head[at..].IndexOf((byte)'\n');
            if (next < 0)
            {
                break;
            }

            at += next + 1;
            var line = Line(head[at..]);
            int indent = line.IndexOfAnyExcept((byte)' ');
            if (indent >= 0 && line[indent] != '#')
            {
                itemIndent = line[indent..].StartsWith("- "u8) ? indent : -1;
                break;
            }
        }

        if (itemIndent < 0)
        {
            return null;
        }

        var middleBuffer = GC.AllocateUninitializedArray<byte>(BufferBytes);
        long from = length / 2;
        ReadOnlySpan<byte> middle = middleBuffer.AsSpan(0, read(from, middleBuffer));
        for (int at = middle.IndexOf((byte)'\n'); at >= 0; at = middle[(at + 1)..].IndexOf((byte)'\n') is var next and >= 0 ? at + 1 + next : -1)
        {
            var line = Line(middle[(at + 1)..]);
            if (line.Length > itemIndent + 2 && line[..itemIndent].IndexOfAnyExcept((byte)' ') < 0 && line[itemIndent..].StartsWith("- "u8))
            {
                byte[] rest = [.. head[..key], .. "customers: []\n"u8];
                return new Split(from + at + 1, itemIndent, rest, head[..key].Count((byte)'\n') + 1, new ReadAhead(headBuffer, 0, head.Length), new ReadAhead(middleBuffer, from, middle.Length));
            }
        }

        return null;
    }

    private static ReadOnlySpan<byte> Line(ReadOnlySpan<byte> text)
    {
        int end = text.IndexOf((byte)'\n');
        return WithoutCarriageReturn(end < 0 ? text : text[..end]);
    }

    // A line of a CR LF file, as YAML reads it.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ReadOnlySpan<byte> WithoutCarriageReturn(ReadOnlySpan<byte> line) => line.EndsWith((byte)'\r') ? line[..^1] : line;

    /// <summary>One reader's part of the file: the lines before the customer list, the list (or part of it), the lines after.</summary>
    private sealed class PartScan
    {
        private readonly CustomerBlockScanner _scanner;
        private readonly StrongBox<bool> _unsure;
        private Part _part;
        private int _restLines;

        public PartScan(CleanCustomers customers, StrongBox<bool> unsure, int? itemIndent = null)
        {
            _unsure = unsure;
            _scanner = new CustomerBlockScanner(customers, itemIndent);
            _part = itemIndent is null ? Part.BeforeList : Part.List;
        }

        /// <summary>The document without its customer list (with `customers: []` in the list's place, for the reader of the start).</summary>
        public ArrayBufferWriter<byte> Rest { get; } = new(1024);

        /// <summary>The YAML nodes of the customer list read by this reader.</summary>
        public int Nodes => _scanner.Nodes;

        /// <summary>The line of `customers: []` in <see cref="Rest"/>.</summary>
        public int CustomersLine { get; private set; }

        /// <summary>
        /// Reads the lines from <paramref name="from"/> to <paramref name="to"/> (starting with the bytes in
        /// <paramref name="ahead"/>, if any); false when something is left to the full check.
        /// </summary>
        public bool Run(ReadAt read, long from, long to, ReadAhead? ahead = null)
        {
            var lines = ahead is { } bytes ? new LineReader(read, from, to, bytes) : new LineReader(read, from, to, BufferBytes);
            while (lines.Next(out var line, out bool complete, out bool printableAscii))
            {
                if (!complete || !Take(line, printableAscii, lineBreak: !lines.EndedWithoutLineBreak))
                {
                    Volatile.Write(ref _unsure.Value, true);
                    return false;
                }

                if (Volatile.Read(ref _unsure.Value))
                {
                    return false;
                }
            }

            return true;
        }

        /// <summary>The end of the file: the list was there and is complete.</summary>
        public bool FinishList() => _part == Part.AfterList || (_part == Part.List && _scanner.Finish());

        /// <summary>The end of the first half: it ended inside the list, whose entries are indented as the second half assumed.</summary>
        public bool FinishHalf(int itemIndent) => _part == Part.List && _scanner.ItemIndent == itemIndent && _scanner.Finish();

        // Inlined into Run, as are the calls below: a few calls a line, each costing more than it does, were a sixth of the scan.
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        private bool Take(ReadOnlySpan<byte> line, bool printableAscii, bool lineBreak)
        {
            var content = WithoutCarriageReturn(line);
            if (_part == Part.List)
            {
                var kind = _scanner.Line(content, printableAscii);
                if (kind != CustomerBlockScanner.LineKind.AfterList)
                {
                    return kind == CustomerBlockScanner.LineKind.Taken;
                }

                if (!_scanner.Finish())
                {
                    return false;
                }

                _part = Part.AfterList;
            }

            if (_part == Part.BeforeList && IsCustomersKey(content))
            {
                Rest.Write("customers: []\n"u8);
                CustomersLine = ++_restLines;
                _part = Part.List;
                return true;
            }

            // The rest is checked as the bytes it is: a last line without a line break can mean something else with one
            // (a directive, `%…`, ended by the end of the file is an error; ended by a line break, it is not).
            Rest.Write(line);
            if (lineBreak)
            {
                Rest.Write("\n"u8);
            }

            _restLines++;
            return Rest.WrittenCount <= MaxRestBytes;
        }
    }

    // "customers:" at the left margin with nothing after it but spaces and a comment: the block list follows.
    private static bool IsCustomersKey(ReadOnlySpan<byte> line)
    {
        if (!line.StartsWith(CustomersKey))
        {
            return false;
        }

        // The comment is held to what the list's lines are held to: a control character or a line break YAML
        // knows and this reader does not (a lone CR, NEL, LS, PS) would make the lines below mean something else.
        var after = line[CustomersKey.Length..];
        return CustomerBlockScanner.IsBlankOrComment(after) &&
               (after.IndexOfAnyExceptInRange((byte)0x20, (byte)0x7E) < 0 || CustomerBlockScanner.IsPlainText(after));
    }

    // A block mapping starts at its first key; a flow mapping ({…}) at its brace. In a flow mapping the list's lines
    // would not be a block list at all (the file is then a syntax error, or reads them as something else).
    private static bool IsBlockMapping(SourceNode? root, out SourceMapping document)
    {
        document = root as SourceMapping ?? new SourceMapping(SourcePosition.FileStart);
        return root is SourceMapping { Entries.Count: > 0 } mapping && mapping.Start == mapping.Entries[0].Key.Start;
    }

    /// <summary>
    /// What the document without its customer list says of itself: clean (nothing to report, and its `customers` is the
    /// empty list put where the list was, so the list was really the value of the document's one `customers` key), and
    /// the two values the rules across it and the list need.
    /// </summary>
    private sealed record RestVerdict(byte[] Rest, bool Clean, string? ProviderTenant, string? DefaultPortal);

    private static RestVerdict CheckRest(ReadOnlySpan<byte> rest, int customersLine)
    {
        byte[] bytes = rest.ToArray();
        if (rest.Length > MaxRestBytes || RegistryValidator.ValidateBytes(bytes, "customers.yaml", out var root).Count > 0 || !IsBlockMapping(root, out var document) ||
            document.FindEntry("customers") is not { } entry || entry.Key.Start != new SourcePosition(customersLine, 1) ||
            entry.Value is not SourceSequence { Items.Count: 0 })
        {
            return new RestVerdict(bytes, Clean: false, null, null);
        }

        return new RestVerdict(
            bytes,
            Clean: true,
            (document.Find("provider") as SourceMapping)?.FindString("tenantId")?.Text,
            (document.Find("defaults") as SourceMapping)?.FindString("portal")?.Text);
    }

    /// <summary>
    /// The document without its customers is clean (<see cref="CheckRest"/>; <paramref name="early"/>, when it was
    /// checked before for these very bytes), and the rules that involve both it and the list hold.
    /// </summary>
    /// <param name="listNodes">The YAML nodes of the customer list: with the rest's, within the loader's limit.</param>
    private static bool IsCleanDocument(CleanCustomers customers, ReadOnlySpan<byte> rest, int customersLine, long listNodes, RestVerdict? early = null)
    {
        // The rest of the document has at most two nodes a byte (a key and its empty value take three bytes: "a:\n").
        if (listNodes + (2L * rest.Length) + 1 > YamlTreeBuilder.MaxNodes || !customers.FinishAcross())
        {
            return false;
        }

        var verdict = early is not null && rest.SequenceEqual(early.Rest) ? early : CheckRest(rest, customersLine);
        if (!verdict.Clean)
        {
            return false;
        }

        // The provider's own tenant listed as a customer (MSSP212).
        if (verdict.ProviderTenant is { } provider && customers.MayHaveTenant(provider))
        {
            return false;
        }

        // A default portal that needs a domain, for a customer without one (MSSP213).
        return !(customers.SomeUseDefaultPortalWithoutDomain && verdict.DefaultPortal is { } portal && PortalCatalog.Find(portal) is { NeedsDomain: true });
    }
}
