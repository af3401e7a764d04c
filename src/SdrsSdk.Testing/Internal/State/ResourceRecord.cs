namespace SdrsSdk.Testing.Internal.State;

/// <summary>What every emulated resource has: ID, name, status, timestamps and a creation order.</summary>
internal abstract class ResourceRecord
{
    protected ResourceRecord(string id, string name, string status, DateTimeOffset now, long sequence)
    {
        Id = id;
        Name = name;
        Status = status;
        CreatedAt = now;
        UpdatedAt = now;
        Sequence = sequence;
    }

    public string Id { get; }

    public string Name { get; private set; }

    public string Status { get; private set; }

    public DateTimeOffset CreatedAt { get; }

    public DateTimeOffset UpdatedAt { get; private set; }

    /// <summary>The creation order; lists show the newest first.</summary>
    public long Sequence { get; }

    public void SetStatus(string status, DateTimeOffset now)
    {
        Status = status;
        UpdatedAt = now;
    }

    public void Rename(string name, DateTimeOffset now)
    {
        Name = name;
        UpdatedAt = now;
    }

    public void Touch(DateTimeOffset now) => UpdatedAt = now;
}
