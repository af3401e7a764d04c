using System.Net;
using System.Net.Sockets;
using SdrsSdk.Testing.Internal.State;

namespace SdrsSdk.Testing.Internal;

/// <summary>The formats of the values a caller chooses: IDs of the cloud's resources and of SDRS's own, IPv4 addresses
/// and disk device names.</summary>
internal static class Formats
{
    /// <summary>Checks an ID the caller chose: a UUID (<c>8-4-4-4-12</c> hexadecimal digits), or, with
    /// <see cref="SdrsEmulatorOptions.AllowReadableIds"/>, 1 to 64 letters, digits, '.', '_' and '-'.</summary>
    /// <param name="value">The ID as sent.</param>
    /// <param name="code">The code of the field's refusal (e.g. <c>SDRS.0210</c> for a server ID).</param>
    /// <param name="field">The field's wire name, for the message.</param>
    /// <param name="state">The state, for the options.</param>
    /// <returns>The ID.</returns>
    public static string Id(string? value, string code, string field, EmulatorState state)
    {
        if (string.IsNullOrEmpty(value))
        {
            throw new EmulatorException(code, $"'{field}' is required");
        }

        if (IsId(value, state.Options.AllowReadableIds))
        {
            return value;
        }

        throw new EmulatorException(code, $"'{field}' must be a UUID");
    }

    /// <summary>Gets a value indicating whether the text is an ID a caller may choose: a UUID, or with
    /// <paramref name="allowReadable"/> (<see cref="SdrsEmulatorOptions.AllowReadableIds"/>) readable text.</summary>
    public static bool IsId(string? value, bool allowReadable) =>
        value is not null && (IsUuid(value) || (allowReadable && IsReadable(value)));

    /// <summary>
    /// Checks an optional ID: absent is <see langword="null"/>, present is checked as <see cref="Id"/> checks it.
    /// </summary>
    public static string? OptionalId(string? value, string code, string field, EmulatorState state) =>
        value is null ? null : Id(value, code, field, state);

    /// <summary>
    /// Checks the ID of an SDRS resource (protection group, protected instance, replication pair, DR drill) that a
    /// caller sends as a filter: a UUID or the 32 hexadecimal digits of the reference's protected instance examples
    /// (5.5.5 to 5.5.10), or, with <see cref="SdrsEmulatorOptions.AllowReadableIds"/>, readable text.
    /// </summary>
    public static string ResourceId(string value, string code, string field, EmulatorState state)
    {
        if (IsUuid(value) || (value.Length == 32 && value.All(char.IsAsciiHexDigit)))
        {
            return value;
        }

        return Id(value, code, field, state);
    }

    /// <summary>
    /// Checks a disk device name of 5.5.6 (Table 5-32): <c>/dev/sd</c> (Xen) or <c>/dev/vd</c> (KVM) and one
    /// letter, such as <c>/dev/vda</c> for a system disk and <c>/dev/vdb</c> for a data disk; else
    /// <c>SDRS.0201</c>.
    /// </summary>
    public static string DeviceName(string? value)
    {
        if (
            value is { Length: 8 }
            && (
                value.StartsWith("/dev/sd", StringComparison.Ordinal)
                || value.StartsWith("/dev/vd", StringComparison.Ordinal)
            )
            && char.IsAsciiLetterLower(value[7])
        )
        {
            return value;
        }

        throw new EmulatorException(
            "SDRS.0201",
            $"'device' must be /dev/sd or /dev/vd and one letter, such as /dev/vda; '{value}' is not"
        );
    }

    /// <summary>Gets a value indicating whether the text is a UUID in its 36-character form, in either case.</summary>
    public static bool IsUuid(string value)
    {
        if (value.Length != 36)
        {
            return false;
        }

        for (int i = 0; i < value.Length; i++)
        {
            bool dash = i is 8 or 13 or 18 or 23;
            if (dash ? value[i] != '-' : !char.IsAsciiHexDigit(value[i]))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Checks an IPv4 address in dotted-decimal form (four decimal numbers 0–255, no leading zeros),
    /// else <c>SDRS.0219</c>.</summary>
    public static string IPv4(string? value, string field)
    {
        if (value is not null && IsIPv4(value))
        {
            return value;
        }

        throw new EmulatorException("SDRS.0219", $"'{field}' must be an IPv4 address such as 192.168.0.10");
    }

    /// <summary>Gets a value indicating whether the text is an IPv4 address in its canonical dotted-decimal
    /// form.</summary>
    public static bool IsIPv4(string value) =>
        IPAddress.TryParse(value, out IPAddress? address)
        && address.AddressFamily == AddressFamily.InterNetwork
        && string.Equals(address.ToString(), value, StringComparison.Ordinal);

    private static bool IsReadable(string value) =>
        value.Length <= 64 && value.All(c => char.IsAsciiLetterOrDigit(c) || c is '.' or '_' or '-');
}
