using System.Diagnostics;
using System.Net;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Logging;
using SdrsSdk.Tests.TestSupport;
using WireMock;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.Types;
using WireMock.Util;

namespace SdrsSdk.Tests.Hostile;

/// <summary>
/// A server (SDRS, a gateway in front of it, or IAM) that echoes what it received — the canonical request with
/// <c>x-security-token:…</c>, every header, the IAM request body with the password — in error bodies of
/// every shape,
/// in a success body carrying an error envelope, and in response headers: none of the secrets reaches an exception
/// (message, ToString(), raw body, details), a log line at Trace with bodies on, or a trace tag.
/// </summary>
public sealed class EchoedSecretsTests : IDisposable
{
    private readonly MockSdrs _sdrs = new();
    private readonly MockIam _iam = new();
    private readonly CapturingLoggerProvider _logs = new();
    private readonly ActivityListener _listener;
    private readonly List<Activity> _activities = [];
    private readonly List<string> _received = [];
    private readonly List<string> _echoes = [];

    public EchoedSecretsTests()
    {
        _listener = new ActivityListener
        {
            ShouldListenTo = source => source.Name == SdrsDiagnostics.ActivitySourceName,
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = activity =>
            {
                lock (_activities)
                {
                    _activities.Add(activity);
                }
            },
        };
        ActivitySource.AddActivityListener(_listener);
    }

    /// <summary>The shapes a failure (or a success that is not one) can take.</summary>
    public enum Shape
    {
        /// <summary>401 <c>{"error_code","error_msg"}</c> (API Gateway).</summary>
        GatewayJson401,

        /// <summary>403 <c>{"error":{"code","message"}}</c>.</summary>
        ErrorObject403,

        /// <summary>400 <c>{"badrequest":{"code","message"}}</c>.</summary>
        BadRequest400,

        /// <summary>400 flat <c>{"code","message"}</c> whose code is itself an echoed secret.</summary>
        SecretAsCode400,

        /// <summary>500 HTML page, the echo HTML-encoded in the title and raw in the body.</summary>
        Html500,

        /// <summary>401 plain text: the canonical request, as the finding reports it.</summary>
        PlainText401,

        /// <summary>200 whose body is an error envelope instead of the resource.</summary>
        EnvelopeOn200,
    }

    public static TheoryData<Shape> Shapes() => new(Enum.GetValues<Shape>());

    [Theory]
    [MemberData(nameof(Shapes))]
    public async Task AkSkWithSecurityToken_ServerEchoesEverything_NothingSurfaces(Shape shape)
    {
        EchoFromSdrs(shape, also: [TestCredentials.SecretKey, TestCredentials.SecurityToken]);

        (Exception exception, string surfaced) = await CallAsync(TestCredentials.AkSk(withSecurityToken: true));

        string[] signatures = SentSignatures();
        signatures.Should().NotBeEmpty();
        AssertEchoed(TestCredentials.SecretKey, TestCredentials.SecurityToken, signatures[0]);
        AssertNotSurfaced(surfaced, [TestCredentials.SecretKey, TestCredentials.SecurityToken, .. signatures]);
        AssertScrubbedNotLost(exception);
    }

    [Theory]
    [MemberData(nameof(Shapes))]
    public async Task StaticToken_ServerEchoesEverything_NothingSurfaces(Shape shape)
    {
        EchoFromSdrs(shape, also: [TestCredentials.Token]);

        (Exception exception, string surfaced) = await CallAsync(TestCredentials.StaticToken());

        AssertEchoed(TestCredentials.Token);
        AssertNotSurfaced(surfaced, [TestCredentials.Token]);
        AssertScrubbedNotLost(exception);
    }

    [Theory]
    [MemberData(nameof(Shapes))]
    public async Task IamPassword_SdrsEchoesTokenAndPassword_NothingSurfaces(Shape shape)
    {
        _iam.StubToken(MockIam.TokenA, _sdrs.Time.GetUtcNow().AddDays(1));
        EchoFromSdrs(shape, also: [MockIam.Password]);

        (Exception exception, string surfaced) = await CallAsync(_iam.Credential());

        AssertEchoed(MockIam.TokenA, MockIam.Password);
        AssertNotSurfaced(surfaced, [MockIam.TokenA, MockIam.Password]);
        AssertScrubbedNotLost(exception);
    }

    [Theory]
    [InlineData(Shape.GatewayJson401)]
    [InlineData(Shape.PlainText401)]
    public async Task IamPassword_SdrsRejectsTokenTwiceEchoingBoth_RenewedTokenDoesNotSurface(Shape shape)
    {
        _iam.StubTokensInTurn(_sdrs.Time.GetUtcNow().AddDays(1), _sdrs.Time.GetUtcNow().AddDays(1));
        EchoFromSdrs(shape, also: []);

        (Exception exception, string surfaced) = await CallAsync(_iam.Credential());

        exception.Should().BeOfType<SdrsAuthenticationException>();
        _iam.TokenRequests().Should().HaveCount(2, "the 401 renewed the token once");
        AssertEchoed(MockIam.TokenA, MockIam.TokenB);
        AssertNotSurfaced(surfaced, [MockIam.TokenA, MockIam.TokenB, MockIam.Password]);
        AssertScrubbedNotLost(exception);
    }

    [Theory]
    [InlineData("json")]
    [InlineData("html")]
    [InlineData("text")]
    public async Task IamPassword_IamRejectsPasswordEchoingIt_PasswordDoesNotSurface(string format)
    {
        _iam.Server.Given(Request.Create().WithPath(MockIam.TokensPath).UsingPost())
            .RespondWith(
                Response
                    .Create()
                    .WithCallback(request =>
                        Echo(
                            request,
                            401,
                            format switch
                            {
                                "json" => Shape.ErrorObject403,
                                "html" => Shape.Html500,
                                _ => Shape.PlainText401,
                            },
                            also: [MockIam.Password]
                        )
                    )
            );

        (Exception exception, string surfaced) = await CallAsync(_iam.Credential());

        exception.Should().BeOfType<SdrsAuthenticationException>();
        AssertEchoed(MockIam.Password);
        if (format == "text")
        {
            string.Join('\n', _echoes)
                .Should()
                .Contain(
                    JsonEncodedText.Encode(MockIam.Password, JavaScriptEncoder.UnsafeRelaxedJsonEscaping).ToString(),
                    "IAM echoed the request body, where the password is JSON-escaped"
                );
        }

        AssertNotSurfaced(surfaced, [MockIam.Password]);
        AssertScrubbedNotLost(exception);
    }

    /// <summary>Makes the SDRS mock answer every request with an echo of it in <paramref name="shape"/>.</summary>
    private void EchoFromSdrs(Shape shape, string[] also) =>
        _sdrs
            .Server.Given(Request.Create().UsingAnyMethod())
            .RespondWith(Response.Create().WithCallback(request => Echo(request, StatusOf(shape), shape, also)));

    private static int StatusOf(Shape shape) =>
        shape switch
        {
            Shape.GatewayJson401 or Shape.PlainText401 => 401,
            Shape.ErrorObject403 => 403,
            Shape.BadRequest400 or Shape.SecretAsCode400 => 400,
            Shape.Html500 => 500,
            _ => 200,
        };

    /// <summary>
    /// An answer that repeats what the server received: the canonical request (<c>name:value</c> lines), every header
    /// as sent, the body, every credential header value seen so far (so a renewed token's predecessor is echoed too),
    /// and <paramref name="also"/> (secrets a confused gateway might know). Request ID and Server headers echo a
    /// credential value as well.
    /// </summary>
    private ResponseMessage Echo(IRequestMessage request, int status, Shape shape, string[] also)
    {
        IDictionary<string, WireMockList<string>> headers = request.Headers
            ?? new Dictionary<string, WireMockList<string>>();
        string? Header(string name) =>
            headers
                .FirstOrDefault(pair => string.Equals(pair.Key, name, StringComparison.OrdinalIgnoreCase))
                .Value?.FirstOrDefault();
        lock (_received)
        {
            foreach (string name in new[] { "X-Auth-Token", "X-Security-Token" })
            {
                if (Header(name) is { } value && !_received.Contains(value))
                {
                    _received.Add(value);
                }
            }
        }

        var text = new StringBuilder(
            "The request signature we calculated does not match the signature you provided. Canonical request:\n"
        );
        text.Append(request.Method).Append('\n').Append(request.Path).Append("\n\n");
        foreach (
            KeyValuePair<string, WireMockList<string>> header in headers.OrderBy(
                pair => pair.Key,
                StringComparer.OrdinalIgnoreCase
            )
        )
        {
            text.Append(header.Key.ToLowerInvariant()).Append(':').Append(string.Join(",", header.Value)).Append('\n');
        }

        text.Append("\nHeaders received:\n");
        foreach (KeyValuePair<string, WireMockList<string>> header in headers)
        {
            text.Append(header.Key).Append(": ").Append(string.Join(", ", header.Value)).Append('\n');
        }

        text.Append("Body received: ").Append(request.Body).Append('\n');
        lock (_received)
        {
            text.Append("Credentials seen: ").AppendJoin(" ", _received).Append('\n');
        }

        text.Append("Known: ").AppendJoin(" | ", also);
        string echo = text.ToString();
        string first = _received.FirstOrDefault() ?? also.FirstOrDefault() ?? "none";

        (string body, string contentType) = shape switch
        {
            Shape.GatewayJson401 => (
                new JsonObject { ["error_code"] = "APIGW.0301", ["error_msg"] = echo }.ToJsonString(),
                "application/json"
            ),
            Shape.ErrorObject403 => (
                new JsonObject
                {
                    ["error"] = new JsonObject { ["code"] = "SDRS.0003", ["message"] = echo },
                }.ToJsonString(),
                "application/json"
            ),
            Shape.BadRequest400 => (
                new JsonObject
                {
                    ["badrequest"] = new JsonObject { ["code"] = "SDRS.0001", ["message"] = echo },
                }.ToJsonString(),
                "application/json"
            ),
            Shape.SecretAsCode400 => (
                new JsonObject
                {
                    ["code"] = first,
                    ["message"] = echo,
                    ["request_id"] = first,
                }.ToJsonString(),
                "application/json"
            ),
            Shape.Html500 => (
                "<html><head><title>Error "
                    + $"{WebUtility.HtmlEncode(echo)}</title></head><body><pre>{echo}</pre></body></html>",
                "text/html"
            ),
            Shape.PlainText401 => (echo, "text/plain"),
            _ => (
                new JsonObject
                {
                    ["error"] = new JsonObject { ["code"] = "SDRS.1013", ["message"] = echo },
                }.ToJsonString(),
                "application/json"
            ),
        };
        lock (_echoes)
        {
            _echoes.Add(body);
        }

        var response = new ResponseMessage { StatusCode = status };
        response.AddHeader("Content-Type", contentType + ";charset=UTF-8");
        response.AddHeader("X-Request-Id", first);
        response.AddHeader("Server", "gateway " + first);
        response.BodyData = new BodyData
        {
            BodyAsString = body,
            DetectedBodyType = BodyType.String,
            Encoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false),
        };
        return response;
    }

    /// <summary>Makes one call at Trace with bodies and the echoed header allowed; returns the failure and every text
    /// surfaced.</summary>
    private async Task<(Exception Exception, string Surfaced)> CallAsync(SdrsCredential credential)
    {
        Exception? exception;
        ActivityTraceId traceId;
        using (
            ILoggerFactory loggers = LoggerFactory.Create(builder =>
                builder.AddProvider(_logs).SetMinimumLevel(LogLevel.Trace)
            )
        )
        using (SdrsClient client = _sdrs.CreateClient(credential, options =>
            {
                options.LoggerFactory = loggers;
                options.Logging.LogBodies = true;
                options.Logging.LoggedHeaderNames.Add("Server");
            }))
        using (Activity root = new Activity("EchoedSecretsTests").SetIdFormat(ActivityIdFormat.W3C).Start())
        {
            traceId = root.TraceId;
            exception = await Record.ExceptionAsync(() => client.Quotas.GetAsync());
        }

        exception.Should().BeAssignableTo<SdrsException>();
        var failure = (SdrsException)exception!;
        var texts = new List<string?>
        {
            failure.Message,
            failure.ToString(),
            failure.Details.ToString(),
            failure.RawBody,
            failure.ErrorMessage,
            failure.ErrorCode,
            failure.RequestId,
            failure.Details.ContentType,
        };
        texts.AddRange(_logs.Messages);
        List<Activity> mine;
        lock (_activities)
        {
            mine = _activities.Where(activity => activity.TraceId == traceId).ToList();
        }

        mine.Should().Contain(activity => activity.OperationName == SdrsDiagnostics.CallActivityName);
        foreach (Activity activity in mine)
        {
            texts.Add(activity.DisplayName);
            texts.Add(activity.StatusDescription);
            texts.AddRange(activity.TagObjects.Select(tag => $"{tag.Key}={tag.Value}"));
            texts.AddRange(
                activity.Events.SelectMany(e => e.Tags.Select(tag => $"{e.Name} {tag.Key}={tag.Value}").Append(e.Name))
            );
        }

        _logs
            .Messages.Should()
            .Contain(
                message =>
                    message.Contains("Response body of", StringComparison.Ordinal)
                    || message.Contains("failed after", StringComparison.Ordinal),
                "the log saw the failure"
            );
        return (exception!, string.Join('\n', texts));
    }

    private string[] SentSignatures() =>
        _sdrs
            .Requests()
            .Select(request => request.Header("Authorization"))
            .OfType<string>()
            .Select(value => value.Split("Signature=")[1])
            .ToArray();

    /// <summary>The test can fail: the server did echo each secret.</summary>
    private void AssertEchoed(params string[] secrets)
    {
        string echoed = string.Join('\n', _echoes);
        foreach (string secret in secrets)
        {
            Forms(secret)
                .Should()
                .Contain(
                    form => echoed.Contains(form, StringComparison.Ordinal),
                    "the server echoed {0}…",
                    secret[..4]
                );
        }
    }

    /// <summary>The echo was scrubbed, not dropped: the raw body is kept and shows the marker.</summary>
    private static void AssertScrubbedNotLost(Exception exception)
    {
        var failure = (SdrsException)exception;
        failure.RawBody.Should().NotBeNullOrEmpty().And.Contain("***");
        failure.Message.Should().Contain("***");
    }

    private static void AssertNotSurfaced(string surfaced, IEnumerable<string> secrets)
    {
        foreach (string secret in secrets)
        {
            foreach (string form in Forms(secret))
            {
                surfaced.Should().NotContain(form, "no form of a secret may surface");
            }

            surfaced.Should().NotContain(secret[..12], "not even a secret cut short");
        }
    }

    /// <summary>The forms a secret takes in an echo: as is, JSON-escaped (strict and relaxed), HTML-encoded.</summary>
    private static IEnumerable<string> Forms(string secret) =>
        [
            secret,
            JsonEncodedText.Encode(secret).ToString(),
            JsonEncodedText.Encode(secret, JavaScriptEncoder.UnsafeRelaxedJsonEscaping).ToString(),
            WebUtility.HtmlEncode(secret),
        ];

    public void Dispose()
    {
        _listener.Dispose();
        _sdrs.Dispose();
        _iam.Dispose();
    }
}
