namespace SdrsSdk.Serialization;

/// <summary>An extensible string-backed value (status, job type, …) that can be created from any wire
/// string.</summary>
/// <typeparam name="TSelf">The value type itself.</typeparam>
internal interface IStringValue<TSelf>
    where TSelf : struct, IStringValue<TSelf>
{
    /// <summary>Gets the value's text, as it goes on the wire.</summary>
    string Value { get; }

    /// <summary>Creates the value from the string the server sent.</summary>
    static abstract TSelf FromWire(string value);
}
