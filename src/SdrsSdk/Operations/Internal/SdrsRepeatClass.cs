namespace SdrsSdk.Operations.Internal;

/// <summary>
/// What sending an operation again does, read from the reference's semantics: the input of the retry decision
/// (<see cref="SdrsOperation.RepeatClass"/>, <see cref="SdrsOperation.MayRepeat"/>).
/// </summary>
internal enum SdrsRepeatClass
{
    /// <summary>Reads state and changes nothing: every GET, and the tag searches of 5.8.1 although they are
    /// POSTs.</summary>
    Read,

    /// <summary>
    /// Changes state, and sending it again leaves the same state and the same answer: renames (5.4.5, 5.5.5, 5.6.6,
    /// 5.7.5), the tag writes the reference calls idempotent (5.8.2 to 5.8.4), clearing failed tasks in bulk (5.9.3,
    /// 5.9.4).
    /// </summary>
    IdempotentWrite,

    /// <summary>Deletes one resource: sent again after it succeeded, the service answers not-found.</summary>
    Delete,

    /// <summary>
    /// Sent again, it may act twice or fail on the state the first one left: creations, protection actions, attaching
    /// and detaching, NICs, resizing, expanding, batches.
    /// </summary>
    NonIdempotentWrite,
}
