using System.Net;
using System.Net.Sockets;
using SdrsSdk.Testing.Internal.State;

namespace SdrsSdk.Testing.Internal;

/// <summary>The formats of the values a caller chooses: IDs of the cloud's resources and IPv4 addresses.</summary>
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

        if (IsUuid(value) || (state.Options.AllowReadableIds && IsReadable(value)))
        {
            return value;
        }

        throw new EmulatorException(code, $"'{field}' must be a UUID");
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
