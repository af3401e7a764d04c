using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using SdrsSdk.Testing.Internal.State;
using WireMock;
using WireMock.ResponseBuilders;
using WireMock.Types;
using WireMock.Util;

namespace SdrsSdk.Testing.Internal;

/// <summary>
/// The request pipeline behind the one WireMock mapping: fault injection, authentication, routing, the handlers
/// (one lock around the state), the response and the journal.
/// </summary>
internal sealed class EmulatorCore : IDisposable
{
    /// <summary>A response header that asks the drop middleware to reset the connection instead of answering.</summary>
    public const string DropHeader = "X-Sdrs-Emulator-Drop";

    private readonly object _gate = new();
    private readonly SdrsEmulatorOptions _options;
    private readonly Authenticator _authenticator;
    private readonly FaultPlan _faults;
    private readonly List<SdrsJournalEntry> _journal = [];
    private readonly CancellationTokenSource _stopping = new();
    private EmulatorState _state;
    private Uri _endpoint = new("http://127.0.0.1/");

    public EmulatorCore(SdrsEmulatorOptions options)
    {
        _options = options;
        _authenticator = new Authenticator(options);
        _faults = new FaultPlan(options);
        _state = new EmulatorState(options);
    }

    public Uri Endpoint
    {
        get => _endpoint;
        set
        {
            lock (_gate)
            {
                _endpoint = value;
                _state.Endpoint = value;
            }
        }
    }

    public IReadOnlyList<SdrsJournalEntry> Journal
    {
        get
        {
            lock (_gate)
            {
                return [.. _journal];
            }
        }
    }

    /// <summary>Runs an action on the state under the lock, at the emulator's current time.</summary>
    public T WithState<T>(Func<EmulatorState, T> action)
    {
        lock (_gate)
        {
            _state.Now = _options.TimeProvider.GetUtcNow();
            return action(_state);
        }
    }

    public void InjectFault(SdrsFault fault, int count, string? method, string? pathContains)
    {
        lock (_gate)
        {
            _faults.Add(fault, count, method, pathContains);
        }
    }

    public void Reset()
    {
        lock (_gate)
        {
            _state = new EmulatorState(_options) { Endpoint = _endpoint };
            _faults.Clear();
            _journal.Clear();
        }
    }

    /// <summary>Cuts short the delays of delayed requests, so the emulator stops promptly.</summary>
    public void Stop() => _stopping.Cancel();

    /// <summary>Frees the stop signal, once the server no longer runs requests.</summary>
    public void Dispose() => _stopping.Dispose();

    public async Task<IResponseMessage> HandleAsync(IRequestMessage message)
    {
        string requestId = Wire.NewJobId();
        var exchange = new HttpExchange(
            message.Method,
            new Uri(message.AbsoluteUrl).AbsolutePath,
            message.RawQuery ?? string.Empty,
            message.BodyAsBytes ?? (message.Body is null ? null : Encoding.UTF8.GetBytes(message.Body)),
            Authenticator.Header(message, "Content-Type")
        );
        DateTimeOffset arrived = _options.TimeProvider.GetUtcNow();
        SdrsFault? fault;
        lock (_gate)
        {
            fault = _faults.Next(exchange.Method, exchange.Path);
        }

        if (fault is { Kind: SdrsFaultKind.Delay })
        {
            try
            {
                await Task.Delay(fault.Delay, _stopping.Token).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                // The emulator is stopping: answer now rather than hold up its shutdown.
            }
        }

        EmulatorResult result;
        SdrsAuthenticationKind authentication;
        if (fault is { Kind: SdrsFaultKind.Status or SdrsFaultKind.DropConnection, AfterProcessing: false })
        {
            result = FaultResult(fault, requestId);
            authentication = _authenticator.Authenticate(message, arrived).Kind;
        }
        else
        {
            (result, authentication) = Guarded(message, exchange, requestId);

            // A status after processing: the work is done (or refused), and the answer is lost behind a 5xx.
            if (fault is { Kind: SdrsFaultKind.Status })
            {
                result = FaultResult(fault, requestId);
            }
        }

        bool dropped = fault?.Kind == SdrsFaultKind.DropConnection;
        lock (_gate)
        {
            _journal.Add(
                new SdrsJournalEntry(
                    arrived,
                    exchange.Method,
                    exchange.Path,
                    exchange.RawQuery,
                    exchange.Body,
                    dropped ? 0 : result.Status,
                    authentication,
                    requestId,
                    dropped ? null : result.ErrorCode,
                    fault
                )
            );
        }

        return ToResponse(result, requestId, fault);
    }

    private (EmulatorResult Result, SdrsAuthenticationKind Authentication) Process(
        IRequestMessage message,
        HttpExchange exchange,
        string requestId
    )
    {
        DateTimeOffset now = _options.TimeProvider.GetUtcNow();
        AuthenticationOutcome outcome = _authenticator.Authenticate(message, now);
        Route? route = Router.Match(exchange);
        if (route is null)
        {
            return (
                EmulatorResult.GatewayError(
                    404,
                    "APIGW.0101",
                    "The API does not exist or has not been published in the environment",
                    requestId
                ),
                outcome.Kind
            );
        }

        // The version APIs answer anonymous callers; a credential that is presented is still checked.
        if (!outcome.IsValid && (route.IsProjectScoped || outcome.Kind != SdrsAuthenticationKind.None))
        {
            return (
                EmulatorResult.GatewayError(
                    401,
                    "APIGW.0301",
                    "Incorrect IAM authentication information: " + outcome.Failure,
                    requestId
                ),
                outcome.Kind
            );
        }

        if (route.IsProjectScoped)
        {
            string? headerProject = Authenticator.Header(message, "X-Project-Id");
            string pathProject = exchange.Route("project_id");
            if (
                pathProject != _options.ProjectId
                || (headerProject is not null && headerProject.Trim() != _options.ProjectId)
            )
            {
                return (
                    EmulatorResult.Error(
                        400,
                        "SDRS.0001",
                        $"Invalid tenant ID: this emulator serves project {_options.ProjectId}"
                    ),
                    outcome.Kind
                );
            }
        }

        lock (_gate)
        {
            _state.Now = now;
            try
            {
                _state.Jobs.AdvanceByTime();
                exchange.CheckFraming();
                return (route.Handler(exchange, _state), outcome.Kind);
            }
            catch (EmulatorException exception)
            {
                return (EmulatorResult.From(exception), outcome.Kind);
            }
        }
    }

    /// <summary>
    /// <see cref="Process"/> behind the last guard: a bug anywhere in it is answered as SDRS would answer one (500
    /// SDRS.0013), never by crashing the emulator. No input may reach this guard (the conformance fuzz test holds the
    /// emulator to 4xx for malformed requests); only injected faults answer 5xx by design.
    /// </summary>
    private (EmulatorResult Result, SdrsAuthenticationKind Authentication) Guarded(
        IRequestMessage message,
        HttpExchange exchange,
        string requestId
    )
    {
        try
        {
            return Process(message, exchange, requestId);
        }
#pragma warning disable CA1031
        catch (Exception exception)
#pragma warning restore CA1031
        {
            return (
                EmulatorResult.Error(
                    500,
                    "SDRS.0013",
                    "Internal error: " + exception.GetType().Name + ": " + exception.Message
                ),
                SdrsAuthenticationKind.None
            );
        }
    }

    private static EmulatorResult FaultResult(SdrsFault fault, string requestId)
    {
        EmulatorResult result = fault.StatusCode switch
        {
            429 => EmulatorResult.GatewayError(
                429,
                "APIGW.0308",
                "The throttling threshold has been reached",
                requestId
            ),
            >= 500 => EmulatorResult.Error(fault.StatusCode, "SDRS.0013", "Internal error"),
            0 => EmulatorResult.NoContent(),
            _ => EmulatorResult.Error(fault.StatusCode, "SDRS.0201", "Invalid request parameters"),
        };
        if (fault.RetryAfter is { } wait)
        {
            result.Headers.Add(
                new("Retry-After", ((long)Math.Ceiling(wait.TotalSeconds)).ToString(CultureInfo.InvariantCulture))
            );
        }

        return result;
    }

    private static ResponseMessage ToResponse(EmulatorResult result, string requestId, SdrsFault? fault)
    {
        var response = new ResponseMessage { StatusCode = result.Status };
        response.AddHeader("X-Request-Id", requestId);
        if (result.Body is JsonNode body)
        {
            response.AddHeader("Content-Type", "application/json;charset=UTF-8");
            response.BodyData = new BodyData
            {
                BodyAsString = body.ToJsonString(),
                DetectedBodyType = BodyType.String,
                Encoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false),
            };
        }

        foreach (KeyValuePair<string, string> header in result.Headers)
        {
            response.AddHeader(header.Key, header.Value);
        }

        switch (fault?.Kind)
        {
            case SdrsFaultKind.DropConnection:
                response.AddHeader(DropHeader, "1");
                break;
            case SdrsFaultKind.EmptyResponse:
                response.FaultType = FaultType.EMPTY_RESPONSE;
                break;
            case SdrsFaultKind.MalformedResponse:
                response.FaultType = FaultType.MALFORMED_RESPONSE_CHUNK;
                break;
        }

        return response;
    }
}
