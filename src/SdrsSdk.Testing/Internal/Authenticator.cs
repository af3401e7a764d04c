using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using SdrsSdk.Auth.Internal;
using WireMock;
using WireMock.Types;

namespace SdrsSdk.Testing.Internal;

/// <summary>
/// Checks a request's credentials as API Gateway does: the configured token in <c>X-Auth-Token</c>, and an AK/SK
/// signature recomputed from the method, path, query, the headers its <c>SignedHeaders</c> list declares (in that
/// order) and the body bytes received (or <c>UNSIGNED-PAYLOAD</c>), with the configured AK and an <c>X-Sdk-Date</c>
/// within the allowed skew of the emulator's clock. A request that presents both must pass both checks.
/// </summary>
internal sealed class Authenticator
{
    private const string Scheme = AkSkSigner.Algorithm + " ";
    private const string UnsignedPayloadHeader = "X-Sdk-Content-Sha256";
    private const string UnsignedPayload = "UNSIGNED-PAYLOAD";
    private readonly SdrsEmulatorOptions _options;

    public Authenticator(SdrsEmulatorOptions options)
    {
        _options = options;
    }

    public AuthenticationOutcome Authenticate(IRequestMessage request, DateTimeOffset now)
    {
        string? token = Header(request, StaticTokenCredential.HeaderName);
        string? authorization = Header(request, RequestSigning.AuthorizationHeader);
        if (token is null && authorization is null)
        {
            return AuthenticationOutcome.Invalid(SdrsAuthenticationKind.None, "no X-Auth-Token and no AK/SK signature");
        }

        // Both credentials present: the gateway checks both, so a broken signature next to a valid token fails.
        if (token is not null && !FixedTimeEquals(token.Trim(), _options.Token))
        {
            return AuthenticationOutcome.Invalid(SdrsAuthenticationKind.Token, "the X-Auth-Token is not valid");
        }

        string? failure = authorization is null ? null : VerifySignature(request, authorization, now);
        if (failure is not null)
        {
            return AuthenticationOutcome.Invalid(SdrsAuthenticationKind.AccessKey, failure);
        }

        return AuthenticationOutcome.Valid(
            token is not null ? SdrsAuthenticationKind.Token : SdrsAuthenticationKind.AccessKey
        );
    }

    public static string? Header(IRequestMessage request, string name)
    {
        if (request.Headers is null)
        {
            return null;
        }

        foreach (KeyValuePair<string, WireMockList<string>> header in request.Headers)
        {
            if (string.Equals(header.Key, name, StringComparison.OrdinalIgnoreCase))
            {
                return string.Join(',', header.Value);
            }
        }

        return null;
    }

    private string? VerifySignature(IRequestMessage request, string authorization, DateTimeOffset now)
    {
        if (!authorization.StartsWith(Scheme, StringComparison.Ordinal))
        {
            return "the Authorization header is not an " + AkSkSigner.Algorithm + " signature";
        }

        var parts = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (
            string part in authorization[Scheme.Length..]
                .Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
        )
        {
            int equals = part.IndexOf('=', StringComparison.Ordinal);
            if (equals > 0)
            {
                parts[part[..equals]] = part[(equals + 1)..];
            }
        }

        if (
            !parts.TryGetValue("Access", out string? accessKey)
            || !parts.TryGetValue("SignedHeaders", out string? signedHeaders)
            || !parts.TryGetValue("Signature", out string? signature)
        )
        {
            return "the signature lacks Access, SignedHeaders or Signature";
        }

        if (!string.Equals(accessKey, _options.AccessKey, StringComparison.Ordinal))
        {
            return "the access key is unknown";
        }

        string? date = Header(request, AkSkSigner.DateHeader)?.Trim();
        if (
            date is null
            || !DateTimeOffset.TryParseExact(
                date,
                AkSkSigner.DateFormat,
                CultureInfo.InvariantCulture,
                DateTimeStyles.AssumeUniversal,
                out DateTimeOffset signedAt
            )
        )
        {
            return "X-Sdk-Date is missing or not in the yyyyMMddTHHmmssZ form";
        }

        if ((now - signedAt).Duration() > _options.MaxClockSkew)
        {
            return string.Create(
                CultureInfo.InvariantCulture,
                $"X-Sdk-Date {date} is more than {_options.MaxClockSkew.TotalMinutes:0} minutes from the server's clock"
            );
        }

        byte[] body = request.BodyAsBytes ?? (request.Body is null ? [] : Encoding.UTF8.GetBytes(request.Body));
        string? canonical = CanonicalRequest(request, signedHeaders, body, out string? missing);
        if (canonical is null)
        {
            return $"the signed header '{missing}' is missing";
        }

        string stringToSign =
            $"{AkSkSigner.Algorithm}\n{date}\n{Hex(SHA256.HashData(Encoding.UTF8.GetBytes(canonical)))}";
        string expected = Hex(
            HMACSHA256.HashData(Encoding.UTF8.GetBytes(_options.SecretKey), Encoding.UTF8.GetBytes(stringToSign))
        );
        return FixedTimeEquals(signature, expected) ? null : "the signature does not match the request";
    }

    /// <summary>
    /// The canonical request bound to the <c>SignedHeaders</c> list exactly as declared: its header lines follow the
    /// list's order and names, and the list's text is the signed-headers line, so a list reordered or changed after
    /// signing no longer matches. The payload line is the literal <c>UNSIGNED-PAYLOAD</c> when the request says so in
    /// <c>X-Sdk-Content-Sha256</c> (as the official SDKs do for bodies that are not JSON), else the body's hash.
    /// </summary>
    /// <returns>The canonical request, or <see langword="null"/> with the name of a declared header the request
    /// lacks.</returns>
    private static string? CanonicalRequest(
        IRequestMessage request,
        string signedHeaders,
        byte[] body,
        out string? missing
    )
    {
        // Method, URI and query as the SDK's signer writes them: its first three lines, without headers or body.
        string skeleton = AkSkSigner.CanonicalRequest(request.Method, new Uri(request.AbsoluteUrl), [], []);
        string[] lines = skeleton.Split('\n', 4);
        var text = new StringBuilder().Append(lines[0]).Append('\n').Append(lines[1]).Append('\n').Append(lines[2]);
        text.Append('\n');
        foreach (string name in signedHeaders.Split(';'))
        {
            string? value = Header(request, name);
            if (value is null)
            {
                missing = name;
                return null;
            }

            text.Append(name).Append(':').Append(value.Trim()).Append('\n');
        }

        string? payload = Header(request, UnsignedPayloadHeader)?.Trim();
        missing = null;
        return text.Append('\n')
            .Append(signedHeaders)
            .Append('\n')
            .Append(
                string.Equals(payload, UnsignedPayload, StringComparison.Ordinal)
                    ? UnsignedPayload
                    : Hex(SHA256.HashData(body))
            )
            .ToString();
    }

    private static string Hex(byte[] bytes) => Convert.ToHexString(bytes).ToLowerInvariant();

    private static bool FixedTimeEquals(string actual, string expected) =>
        CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(actual), Encoding.UTF8.GetBytes(expected));
}

/// <summary>The credential a request presented, and whether it was accepted (with the reason when not).</summary>
internal sealed record AuthenticationOutcome(SdrsAuthenticationKind Kind, bool IsValid, string? Failure)
{
    public static AuthenticationOutcome Valid(SdrsAuthenticationKind kind) => new(kind, true, null);

    public static AuthenticationOutcome Invalid(SdrsAuthenticationKind kind, string failure) =>
        new(kind, false, failure);
}
