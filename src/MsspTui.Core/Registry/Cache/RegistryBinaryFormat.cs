using System.IO.Hashing;
using System.Text;
using MsspTui.Core.Matching;

namespace MsspTui.Core.Registry.Cache;

/// <summary>
/// A compact binary copy of a loaded registry, for the start-up cache: a header (magic, format version, a random seed,
/// the seeded XxHash128 of the registry file it came from, the XxHash128 of the rest of the entry), the provider and
/// defaults, then the customers field by field in chunks of <see cref="ChunkSize"/>, each chunk's length first, so that
/// the chunks decode on all cores at once (decoding is mostly allocating: 10,000 customers took 26 ms on one core, the
/// largest part of the picker's start after the runtime's own), then the customers' indexes in name order
/// (<see cref="CustomerRegistry.CustomersByName"/>). Bump <see cref="Version"/> whenever the model or the
/// layout changes, and when the loader starts refusing what it accepted before (a new error rule such as MSSP218, or a
/// rule that catches more, such as MSSP202 ignoring invisible characters):
/// an entry holds a registry that passed the rules of the version that wrote it.
/// </summary>
/// <remarks>
/// XxHash128, not SHA-256: on Linux SHA-256 means loading OpenSSL, about 7 ms of every picker start (measured with the
/// native build). The cache only has to notice a changed file or a damaged entry; the seed, drawn afresh for every entry
/// this machine writes, keeps anyone from preparing a different registry that hashes like one already cached.
/// </remarks>
internal static class RegistryBinaryFormat
{
    public const int Version = 5;
    internal const int ChunkSize = 1024;
    private const string Magic = "MSSPTUI-REGISTRY";
    private const int HashSize = 16;

    /// <summary>The entry for <paramref name="registry"/> as one array (tests, and callers that need the bytes).</summary>
    /// <param name="registryBytes">The registry file's exact bytes, which <paramref name="registry"/> was loaded from.</param>
    public static byte[] Write(CustomerRegistry registry, ReadOnlySpan<byte> registryBytes)
    {
        using var entry = new MemoryStream();
        WriteTo(entry, registry, registryBytes);
        return entry.ToArray();
    }

    /// <summary>
    /// Writes the entry for <paramref name="registry"/> to <paramref name="destination"/>, part by part: the entry is
    /// never assembled in memory (for 10,000 customers the chunks' copies and the assembled entry were 3 MB of fresh
    /// memory, some 750 page faults, on the way to the first frame after a registry change).
    /// </summary>
    /// <param name="registryBytes">The registry file's exact bytes, which <paramref name="registry"/> was loaded from.</param>
    public static void WriteTo(Stream destination, CustomerRegistry registry, ReadOnlySpan<byte> registryBytes)
    {
        // Random.Shared is seeded from the operating system's random source: unknowable to whoever writes a registry,
        // which is all the seed needs (RandomNumberGenerator would load OpenSSL, ~7 ms, into every cache miss).
        long seed = Random.Shared.NextInt64(long.MinValue, long.MaxValue);
        IReadOnlyList<Customer> customers = registry.Customers;
        var chunks = new ArraySegment<byte>[(customers.Count + ChunkSize - 1) / ChunkSize];
        void Serialise(int chunk) => chunks[chunk] = WriteChunk(customers, chunk * ChunkSize, Math.Min(ChunkSize, customers.Count - (chunk * ChunkSize)));
        if (customers.Count >= LargeRegistry.CustomersFrom)
        {
            Parallel.For(0, chunks.Length, Serialise);
        }
        else
        {
            for (int chunk = 0; chunk < chunks.Length; chunk++)
            {
                Serialise(chunk);
            }
        }

        IReadOnlyList<int> byName = registry.CustomersByName ?? NameOrder.Of([.. customers.Select(c => c.Name)]);
        var order = new byte[sizeof(int) * byName.Count];
        for (int i = 0; i < byName.Count; i++)
        {
            System.Buffers.Binary.BinaryPrimitives.WriteInt32LittleEndian(order.AsSpan(sizeof(int) * i), byName[i]);
        }

        using var head = new MemoryStream();
        int bodyStart;
        using (var writer = new BinaryWriter(head, Encoding.UTF8, leaveOpen: true))
        {
            writer.Write(Magic);
            writer.Write(Version);
            writer.Write(seed);
            writer.Write(ContentHash(registryBytes, seed));
            writer.Write(new byte[HashSize]); // the body's own hash, filled in below
            bodyStart = (int)head.Position;
            writer.Write(registry.SchemaVersion);
            writer.Write(registry.Provider.Name);
            writer.Write(registry.Provider.TenantId);
            writer.Write((int)registry.Provider.Cloud);
            WriteOptional(writer, registry.Provider.ClientId);
            WriteOptional(writer, registry.Defaults.Portal);
            WriteList(writer, registry.Defaults.ExpectedRoles);
            writer.Write(customers.Count);
        }

        // The body (everything after the hash) is hashed as it will be written: the rest of the head, each chunk's
        // length and bytes, the name order.
        Span<byte> headBytes = head.GetBuffer().AsSpan(0, (int)head.Length);
        var bodyHash = new XxHash128();
        bodyHash.Append(headBytes[bodyStart..]);
        Span<byte> length = stackalloc byte[sizeof(int)];
        foreach (ArraySegment<byte> chunk in chunks)
        {
            System.Buffers.Binary.BinaryPrimitives.WriteInt32LittleEndian(length, chunk.Count);
            bodyHash.Append(length);
            bodyHash.Append(chunk);
        }

        bodyHash.Append(order);
        bodyHash.GetCurrentHash(headBytes.Slice(bodyStart - HashSize, HashSize));

        destination.Write(headBytes);
        foreach (ArraySegment<byte> chunk in chunks)
        {
            System.Buffers.Binary.BinaryPrimitives.WriteInt32LittleEndian(length, chunk.Count);
            destination.Write(length);
            destination.Write(chunk);
        }

        destination.Write(order);
    }

    /// <summary>How an entry identifies the registry file it came from: the seeded hash of its exact bytes.</summary>
    public static byte[] ContentHash(ReadOnlySpan<byte> registryBytes, long seed) => XxHash128.Hash(registryBytes, seed);

    // The chunk's bytes, in the buffer they were written to (a copy of each was 1.6 MB more for 10,000 customers).
    private static ArraySegment<byte> WriteChunk(IReadOnlyList<Customer> customers, int start, int count)
    {
        // Sized for a typical customer (about 140 bytes), so the buffer rarely grows.
        using var buffer = new MemoryStream(count * 160);
        using (var writer = new BinaryWriter(buffer, Encoding.UTF8, leaveOpen: true))
        {
            for (int i = start; i < start + count; i++)
            {
                WriteCustomer(writer, customers[i]);
            }
        }

        return new ArraySegment<byte>(buffer.GetBuffer(), 0, (int)buffer.Length);
    }

    /// <param name="bytes">The cache entry.</param>
    /// <param name="registryHash">The registry file's hash, as it is now, with the given seed (<see cref="ContentHash"/>).</param>
    /// <param name="sourcePath">The registry's path, for the model.</param>
    /// <returns>The registry, or null when the bytes are not a cache entry of this version for this content.</returns>
    public static CustomerRegistry? Read(ReadOnlyMemory<byte> bytes, Func<long, byte[]> registryHash, string sourcePath)
    {
        var reader = new EntryReader(bytes.Span);
        if (reader.ReadString() != Magic || reader.ReadInt32() != Version)
        {
            return null;
        }

        long seed = reader.ReadInt64();
        if (!registryHash(seed).AsSpan().SequenceEqual(reader.ReadBytes(HashSize)))
        {
            return null;
        }

        // A damaged entry must never become a wrong tenant id: the body is checked before anything is decoded.
        ReadOnlySpan<byte> bodyHash = reader.ReadBytes(HashSize);
        int bodyStart = reader.Position;
        if (!XxHash128.Hash(bytes.Span[bodyStart..]).AsSpan().SequenceEqual(bodyHash))
        {
            return null;
        }

        int schemaVersion = reader.ReadInt32();
        var provider = new Provider(reader.ReadString(), reader.ReadString(), (Cloud)reader.ReadInt32(), reader.ReadOptionalString());
        var defaults = new RegistryDefaults(reader.ReadOptionalString(), reader.ReadList());
        var customers = new Customer[reader.ReadCount()];
        var chunks = new (int Offset, int Length)[(customers.Length + ChunkSize - 1) / ChunkSize];
        for (int i = 0; i < chunks.Length; i++)
        {
            int length = reader.ReadCount();
            chunks[i] = (reader.Position, length);
            reader.ReadBytes(length);
        }

        var byName = new int[customers.Length];
        for (int i = 0; i < byName.Length; i++)
        {
            byName[i] = reader.ReadInt32();
        }

        if (!reader.AtEnd || !NameOrder.IsPermutation(byName, customers.Length))
        {
            throw new FormatException("damaged registry cache entry");
        }

        try
        {
            Parallel.For(0, chunks.Length, chunk => ReadChunk(bytes, chunks[chunk], chunk * ChunkSize, customers));
        }
        catch (AggregateException exception) when (exception.InnerExceptions.All(IsDamage))
        {
            throw new FormatException("damaged registry cache entry", exception);
        }

        return new CustomerRegistry(schemaVersion, provider, defaults, customers, sourcePath) { CustomersByName = byName };
    }

    /// <summary>What reading a damaged entry throws (the cache then falls back to reading the registry itself).</summary>
    internal static bool IsDamage(Exception exception) =>
        exception is EndOfStreamException or FormatException or ArgumentException or DecoderFallbackException;

    private static void ReadChunk(ReadOnlyMemory<byte> bytes, (int Offset, int Length) chunk, int first, Customer[] customers)
    {
        var reader = new EntryReader(bytes.Span.Slice(chunk.Offset, chunk.Length));
        int end = Math.Min(customers.Length, first + ChunkSize);
        for (int i = first; i < end; i++)
        {
            customers[i] = ReadCustomer(ref reader);
        }

        if (!reader.AtEnd)
        {
            throw new FormatException("damaged registry cache entry");
        }
    }

    private static void WriteCustomer(BinaryWriter writer, Customer customer)
    {
        writer.Write(customer.Id);
        writer.Write(customer.Name);
        writer.Write(customer.TenantId);
        WriteOptional(writer, customer.Domain);
        writer.Write((int)customer.Status);
        writer.Write((int)customer.Access);
        writer.Write(customer.ExpectedRoles is not null);
        if (customer.ExpectedRoles is not null)
        {
            WriteList(writer, customer.ExpectedRoles);
        }

        WriteList(writer, customer.Tags);
        WriteList(writer, customer.Aliases);
        WriteOptional(writer, customer.Portal);
        writer.Write(customer.Links.Count);
        foreach (CustomerLink link in customer.Links)
        {
            writer.Write(link.Name);
            writer.Write(link.UrlTemplate);
        }

        writer.Write(customer.Contacts.Count);
        foreach (Contact contact in customer.Contacts)
        {
            WriteOptional(writer, contact.Name);
            WriteOptional(writer, contact.Email);
            WriteOptional(writer, contact.Phone);
        }

        WriteOptional(writer, customer.Notes);
        writer.Write(customer.Line);
    }

    private static Customer ReadCustomer(ref EntryReader reader)
    {
        string id = reader.ReadString();
        string name = reader.ReadString();
        string tenantId = reader.ReadString();
        string? domain = reader.ReadOptionalString();
        var status = (CustomerStatus)reader.ReadInt32();
        var access = (AccessKind)reader.ReadInt32();
        IReadOnlyList<string>? expectedRoles = reader.ReadBoolean() ? reader.ReadPooledList() : null;
        IReadOnlyList<string> tags = reader.ReadPooledList();
        IReadOnlyList<string> aliases = reader.ReadList();
        string? portal = reader.ReadOptionalString();
        int linkCount = reader.ReadCount();
        CustomerLink[] links = linkCount == 0 ? [] : new CustomerLink[linkCount];
        for (int i = 0; i < links.Length; i++)
        {
            links[i] = new CustomerLink(reader.ReadString(), reader.ReadString());
        }

        int contactCount = reader.ReadCount();
        Contact[] contacts = contactCount == 0 ? [] : new Contact[contactCount];
        for (int i = 0; i < contacts.Length; i++)
        {
            contacts[i] = new Contact(reader.ReadOptionalString(), reader.ReadOptionalString(), reader.ReadOptionalString());
        }

        return new Customer
        {
            Id = id,
            Name = name,
            TenantId = tenantId,
            Domain = domain,
            Status = status,
            Access = access,
            ExpectedRoles = expectedRoles,
            Tags = tags,
            Aliases = aliases,
            Portal = portal,
            Links = links,
            Contacts = contacts,
            Notes = reader.ReadOptionalString(),
            Line = reader.ReadInt32(),
        };
    }

    private static void WriteOptional(BinaryWriter writer, string? value)
    {
        writer.Write(value is not null);
        if (value is not null)
        {
            writer.Write(value);
        }
    }

    private static void WriteList(BinaryWriter writer, IReadOnlyList<string> values)
    {
        writer.Write(values.Count);
        foreach (string value in values)
        {
            writer.Write(value);
        }
    }
}
