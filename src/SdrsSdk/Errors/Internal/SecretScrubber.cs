using System.Diagnostics.CodeAnalysis;
using System.Net;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace SdrsSdk.Errors.Internal;

/// <summary>
/// The one rule for secrets in text the SDK surfaces (exception messages and raw bodies, log lines, trace tags):
/// every secret the client holds, and every value that a header or field name says is a secret, becomes
/// <see cref="Marker"/>. A server (or a gateway in front of it) may echo what it received — a 401 that repeats the
/// canonical request with <c>x-security-token:…</c>, an IAM error that quotes the password — and that echo must not
/// carry the secret into a log.
/// </summary>
/// <remarks>
/// <para>
/// Two parts. <b>Known secrets</b>: each credential registers what it holds (the SK and security token, a static token,
/// an IAM password), and the IAM client registers every token it obtains, renewals included (the
/// <see cref="MaxObtainedSecrets"/> most recent ones; older tokens have expired). A known secret is replaced wherever
/// it appears, verbatim or as JSON, HTML or URL encoders write it, when it has at least <see cref="MinimumLength"/>
/// characters. <b>Patterns</b>: the value after <c>X-Auth-Token</c>, <c>X-Security-Token</c> and
/// <c>X-Subject-Token</c> (as a header line, <c>name:value</c> in a canonical request, or <c>name=value</c>),
/// after <c>Signature=</c> (an <c>Authorization</c> header) and <c>password=</c>, and any JSON string member whose
/// name says it holds a secret (<c>"password": "…"</c>, <c>"token"</c>, <c>"secret"</c>, <c>"credential"</c>,
/// <c>"access_key"</c>, …).
/// </para>
/// <para>
/// Why a minimum length: a secret of one to three characters (only a password can be that short; IAM requires six
/// or more) would, replaced as a substring, wipe ordinary letters out of every message while hiding nothing a reader
/// could not guess. Such a secret is still removed where the patterns find it. Longer short secrets are replaced even
/// inside words: a message made harder to read is a better failure than a leaked password.
/// </para>
/// <para>
/// What it cannot do: find a secret a hostile server deliberately disguises (base64, reversed, split). It exists for
/// the ordinary echo. It costs nothing on the happy path: it runs only while an exception is built, and in handlers
/// only when a log level or a trace listener is on.
/// </para>
/// </remarks>
internal sealed partial class SecretScrubber
{
    /// <summary>What a secret is replaced with.</summary>
    public const string Marker = "***";

    /// <summary>The shortest known secret that is replaced wherever it appears (shorter ones: patterns only).</summary>
    public const int MinimumLength = 4;

    /// <summary>How many secrets obtained at run time (IAM tokens) are remembered; older ones have expired.</summary>
    public const int MaxObtainedSecrets = 8;

    private static readonly HttpRequestOptionsKey<SecretScrubber> Key = new("SdrsSdk.SecretScrubber");

    private readonly string[] _held;
    private readonly object _gate = new();
    private readonly Queue<string> _obtainedSecrets = new();
    private string[] _obtained = [];

    /// <summary>Initializes a new instance that knows the secrets a credential holds (null and empty ones are
    /// skipped).</summary>
    public SecretScrubber(params string?[] held)
    {
        _held = Forms(held);
    }

    /// <summary>Gets a scrubber that knows no secret and applies the patterns only.</summary>
    public static SecretScrubber PatternsOnly { get; } = new();

    /// <summary>Remembers a secret obtained at run time (an IAM token), so that it is scrubbed from then on.</summary>
    public void Add(string? secret)
    {
        if (string.IsNullOrEmpty(secret) || secret.Length < MinimumLength)
        {
            return;
        }

        lock (_gate)
        {
            if (_obtainedSecrets.Contains(secret))
            {
                return;
            }

            _obtainedSecrets.Enqueue(secret);
            if (_obtainedSecrets.Count > MaxObtainedSecrets)
            {
                _obtainedSecrets.Dequeue();
            }

            Volatile.Write(ref _obtained, Forms(_obtainedSecrets));
        }
    }

    /// <summary>Returns the text with every secret replaced by <see cref="Marker"/>.</summary>
    [return: NotNullIfNotNull(nameof(text))]
    public string? Scrub(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return text;
        }

        string result = SecretPattern()
            .Replace(text, static match =>
                match.Groups["json"].Success
                    ? string.Concat(match.Groups["json"].ValueSpan, "\"", Marker, "\"")
                    : string.Concat(match.Groups["name"].ValueSpan, Marker)
            );
        result = Replace(result, _held);
        return Replace(result, Volatile.Read(ref _obtained));
    }

    /// <summary>Lets whoever later describes the response to <paramref name="request"/> find this scrubber.</summary>
    public void AttachTo(HttpRequestMessage request) => request.Options.Set(Key, this);

    /// <summary>The scrubber attached to a request, or <see cref="PatternsOnly"/>.</summary>
    public static SecretScrubber Of(HttpRequestMessage? request) =>
        request is not null && request.Options.TryGetValue(Key, out SecretScrubber? scrubber) ? scrubber : PatternsOnly;

    private static string Replace(string text, string[] forms)
    {
        foreach (string form in forms)
        {
            if (text.Contains(form, StringComparison.Ordinal))
            {
                text = text.Replace(form, Marker, StringComparison.Ordinal);
            }
        }

        return text;
    }

    /// <summary>
    /// Every form a secret takes in text: as it is, JSON-escaped (strict and relaxed encoders, <c>\/</c>),
    /// HTML-encoded and percent-encoded — longest first, so that no shorter form breaks up a longer one.
    /// </summary>
    private static string[] Forms(IEnumerable<string?> secrets)
    {
        var forms = new HashSet<string>(StringComparer.Ordinal);
        foreach (string? secret in secrets)
        {
            if (string.IsNullOrEmpty(secret) || secret.Length < MinimumLength)
            {
                continue;
            }

            forms.Add(secret);
            string relaxed = JsonEncodedText.Encode(secret, JavaScriptEncoder.UnsafeRelaxedJsonEscaping).ToString();
            forms.Add(relaxed);
            forms.Add(relaxed.Replace("/", "\\/", StringComparison.Ordinal));
            forms.Add(JsonEncodedText.Encode(secret).ToString());
            forms.Add(WebUtility.HtmlEncode(secret));
            forms.Add(Uri.EscapeDataString(secret));
        }

        return [.. forms.OrderByDescending(form => form.Length)];
    }

    /// <summary>
    /// A JSON string member whose name says it holds a secret (<c>json</c>: the name and colon, kept), or the value
    /// of a credential header, a signature or a password parameter (<c>name</c>: everything before the value, kept).
    /// </summary>
    [GeneratedRegex(
        @"(?<json>""[^""]*(?:password|passwd|secret|token|credential|access_?key|private_?key|\bsk\b)[^""]*"""
            + @"\s*:\s*)""(?:[^""\\]|\\.)*"""
            + @"|(?<name>\bx-(?:auth|security|subject)-token[""']?\s*[:=]\s*[""']?|\bsignature=|\bpassword=)"
            + @"(?:[^\s""',;&<>\\]|\\/)+",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture
    )]
    private static partial Regex SecretPattern();
}
