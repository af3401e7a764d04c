namespace SdrsSdk.Testing.Internal;

/// <summary>
/// Which requests get a fault: the injected rules first (oldest first, each for its count of matching requests),
/// then a random draw at <see cref="SdrsEmulatorOptions.FaultRate"/> from a generator seeded with
/// <see cref="SdrsEmulatorOptions.Seed"/>. Callers hold the emulator's lock.
/// </summary>
internal sealed class FaultPlan
{
    private readonly List<FaultRule> _rules = [];
    private readonly SdrsEmulatorOptions _options;
    private Random _random;

    public FaultPlan(SdrsEmulatorOptions options)
    {
        _options = options;
        _random = CreateRandom(options.Seed);
    }

    public void Add(SdrsFault fault, int count, string? method, string? pathContains) =>
        _rules.Add(new FaultRule(fault, method?.ToUpperInvariant(), pathContains) { Remaining = count });

    public SdrsFault? Next(string method, string path)
    {
        FaultRule? rule = _rules.FirstOrDefault(rule => rule.Matches(method, path));
        if (rule is not null)
        {
            if (--rule.Remaining == 0)
            {
                _rules.Remove(rule);
            }

            return rule.Fault;
        }

#pragma warning disable CA5394 // Faults are drawn reproducibly from a seed; no security depends on them.
        if (_options.FaultRate > 0 && _random.NextDouble() < _options.FaultRate)
        {
            return _options.RandomFaults[_random.Next(_options.RandomFaults.Count)];
        }
#pragma warning restore CA5394

        return null;
    }

    public void Clear()
    {
        _rules.Clear();
        _random = CreateRandom(_options.Seed);
    }

    private static Random CreateRandom(int seed) => new(seed);

    private sealed class FaultRule(SdrsFault fault, string? method, string? pathContains)
    {
        public SdrsFault Fault { get; } = fault;

        public int Remaining { get; set; }

        public bool Matches(string requestMethod, string path) =>
            (method is null || method == requestMethod)
            && (pathContains is null || path.Contains(pathContains, StringComparison.Ordinal));
    }
}
