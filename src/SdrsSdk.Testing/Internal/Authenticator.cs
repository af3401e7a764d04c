using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using SdrsSdk.Auth.Internal;
using WireMock;
using WireMock.Types;

namespace SdrsSdk.Testing.Internal;

/// <summary>
/// Checks a request's credential as API Gateway does: the configured token in <c>X-Auth-Token</c>, or an AK/SK
/// signature recomputed from the method, path, query, signed headers and body bytes received, with the configured AK
/// and an <c>X-Sdk-Date</c> within the allowed skew of the emulator's clock.
/// </summary>
internal sealed class Authenticator
{
    private const string Scheme = AkSkSigner.Algorithm + " ";
    private readonly SdrsEmulatorOptions _options;

    public Authenticator(SdrsEmulatorOptions options)
    {
        _options = options;
    }

    public AuthenticationOutcome Authenticate(IRequestMessage request, DateTimeOffset now)
    {
        string? token = Header(request, StaticTokenCredential.HeaderName);
        if (token is not null)
        {
            return FixedTimeEquals(token.Trim(), _options.Token)
                ? AuthenticationOutcome.Valid(SdrsAuthenticationKind.Token)
                : AuthenticationOutcome.Invalid(SdrsAuthenticationKind.Token, "the X-Auth-Token is not valid");
        }

        string? authorization = Header(request, RequestSigning.AuthorizationHeader);
        if (authorization is null)
        {
            return AuthenticationOutcome.Invalid(SdrsAuthenticationKind.None, "no X-Auth-Token and no AK/SK signature");
        }

        string? failure = VerifySignature(request, authorization, now);
        return failure is null
            ? AuthenticationOutcome.Valid(SdrsAuthenticationKind.AccessKey)
            : AuthenticationOutcome.Invalid(SdrsAuthenticationKind.AccessKey, failure);
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

        var headers = new List<KeyValuePair<string, string>>();
        foreach (string name in signedHeaders.Split(';', StringSplitOptions.RemoveEmptyEntries))
        {
            string? value = Header(request, name);
            if (value is null)
            {
                return $"the signed header '{name}' is missing";
            }

            headers.Add(new(name, value));
        }

        if (
            !headers.Any(header => string.Equals(header.Key, AkSkSigner.DateHeader, StringComparison.OrdinalIgnoreCase))
        )
        {
            headers.Add(new(AkSkSigner.DateHeader, date));
        }

        byte[] body = request.BodyAsBytes ?? (request.Body is null ? [] : Encoding.UTF8.GetBytes(request.Body));
        using var signer = new AkSkSigner(accessKey, _options.SecretKey);
        string expected = signer.Sign(request.Method, new Uri(request.AbsoluteUrl), [.. headers], body);
        return FixedTimeEquals(signature, expected[(expected.LastIndexOf('=') + 1)..])
            ? null
            : "the signature does not match the request";
    }

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
