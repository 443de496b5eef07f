using System.Collections.Concurrent;

namespace MsspTui.Graph.Tests.FakeGraph;

/// <summary>
/// Faults by key: "relationships", "contracts", "batch" (the $batch request itself) and "tenant:{id}" (one look-up,
/// direct or inside a batch). Each key holds a queue; a fault with Times fires that often, then the next one applies.
/// </summary>
public sealed class FakeFaults
{
    private readonly ConcurrentDictionary<string, Queue<FakeFault>> plans = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<FakeFault, int> fired = [];

    public FakeFaults On(string key, params FakeFault[] faults)
    {
        var queue = plans.GetOrAdd(key, _ => new Queue<FakeFault>());
        lock (queue)
        {
            foreach (var fault in faults)
            {
                queue.Enqueue(fault);
            }
        }

        return this;
    }

    public FakeFaults OnTenant(string tenantId, params FakeFault[] faults) => On($"tenant:{tenantId.ToLowerInvariant()}", faults);

    /// <summary>The fault to apply to this request now, if any (consumes one use).</summary>
    public FakeFault? Next(string key)
    {
        if (!plans.TryGetValue(key, out var queue))
        {
            return null;
        }

        lock (queue)
        {
            while (queue.TryPeek(out var fault))
            {
                if (fault.Times is not { } times)
                {
                    return fault;
                }

                lock (fired)
                {
                    var count = fired.GetValueOrDefault(fault);
                    if (count < times)
                    {
                        fired[fault] = count + 1;
                        return fault;
                    }
                }

                queue.Dequeue();
            }
        }

        return null;
    }
}
