using System.Text;
using System.Text.Json.Nodes;
using SdrsSdk.Tests.TestSupport;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;

namespace SdrsSdk.Tests.Http;

/// <summary>
/// Hostile responses, fed to every response shape family: each ends in the expected typed
/// <see cref="SdrsException"/> carrying status, request ID and raw body, or in a tolerant result; never in a raw
/// JsonException, NullReferenceException, InvalidOperationException or Refit exception.
/// </summary>
public sealed class HostileResponseTests : IDisposable
{
    private const string RequestId = "0f1e2d3c4b5a69788796a5b4c3d2e1f0";
    private const string JobId = "0000000062db92d70162db9d200f000a";
    private const long SmallBodyLimit = 4096;

    private readonly MockSdrs _sdrs = new();

    /// <summary>The response shape families: a single-object envelope, a root object, list envelopes, a job
    /// reference.</summary>
    private static readonly Dictionary<string, Family> Families = new[]
    {
        new Family(
            "quotas (object envelope)",
            "GET",
            MockSdrs.ProjectPath("sdrs/quotas"),
            "quotas/get.response.json",
            async client => await client.Quotas.GetAsync(),
            result =>
                ((TenantQuota)result)
                    .Resources.Select(r => (r.Type.Value, r.Used, r.Quota))
                    .Should()
                    .Equal(("server_groups", 10, 50), ("replications", 1, 100))
        )
        {
            WrongType = """{"quotas":{"resources":"many"}}""",
            NullMember = """{"quotas":null}""",
            OpenValue = (
                """{"quotas":{"resources":[{"type":"volumes","used":3,"quota":9,"min":0,"max":-1}]}}""",
                result => ((TenantQuota)result).Resources.Single().Type.Value.Should().Be("volumes")
            ),
            MissingOptional = ("""{"quotas":{"resources":[{"type":"server_groups"}]}}""", result =>
                ((TenantQuota)result)
                    .Resources.Single()
                    .Should()
                    .BeEquivalentTo(
                        new
                        {
                            Used = (int?)null,
                            Quota = (int?)null,
                            Min = (int?)null,
                            Max = (int?)null,
                        }
                    )
            ),
            NumbersAsStrings = (
                """{"quotas":{"resources":[{"type":"replications","used":"4","quota":"8","min":"0","max":"-1"}]}}""",
                result =>
                    ((TenantQuota)result)
                        .Resources.Single()
                        .Should()
                        .BeEquivalentTo(
                            new
                            {
                                Used = 4,
                                Quota = 8,
                                Max = -1,
                            }
                        )
            ),
            EmptyLists = ("""{"quotas":{}}""", result =>
                ((TenantQuota)result).Find(QuotaResourceType.ServerGroups).Should().BeNull()
            ),
        },
        new Family(
            "job (root object)",
            "GET",
            MockSdrs.ProjectPath($"jobs/{JobId}"),
            "jobs/get.response.json",
            async client => await client.Jobs.GetAsync(JobId),
            result =>
                ((SdrsJob)result)
                    .Should()
                    .BeEquivalentTo(
                        new
                        {
                            JobId,
                            Status = JobStatus.Success,
                            JobType = JobType.CreateProtectionGroup,
                        }
                    )
        )
        {
            WrongType = $$"""{"job_id":"{{JobId}}","status":["RUNNING"]}""",
            NullMember = """{"job_id":null,"status":"RUNNING"}""",
            OpenValue = ($$"""{"job_id":"{{JobId}}","status":"QUEUED","job_type":"brandNewJobType"}""", result =>
                ((SdrsJob)result)
                    .Should()
                    .BeEquivalentTo(new { Status = new JobStatus("QUEUED"), JobType = new JobType("brandNewJobType") })
            ),
            MissingOptional = ($$"""{"job_id":"{{JobId}}"}""", result => ((SdrsJob)result)
                    .Should()
                    .BeEquivalentTo(
                        new
                        {
                            JobId,
                            Entities = (SdrsJobEntities?)null,
                            BeginTime = (DateTimeOffset?)null,
                            SubJobs = Array.Empty<SdrsJob>(),
                        }
                    )),
        },
        new Family(
            "active domains (list envelope)",
            "GET",
            MockSdrs.ProjectPath("active-domains"),
            "active-domains/list.response.json",
            async client => await client.ActiveDomains.ListAsync(),
            result =>
                ((IReadOnlyList<ActiveDomain>)result)
                    .Single()
                    .Should()
                    .BeEquivalentTo(
                        new
                        {
                            Id = "fb4bb8e3-a574-4437-a156-78c916aeea4d",
                            Name = "ActiveactiveDomain",
                            SoldOut = false,
                        }
                    )
        )
        {
            WrongType = """{"domains":{"id":"d-1"}}""",
            NullMember = """{"domains":null}""",
            EmptyLists = ("""{"domains":[{"id":null}]}""", result =>
                ((IReadOnlyList<ActiveDomain>)result).Single().Id.Should().BeEmpty()
            ),
            MissingOptional = ("""{"domains":[{"id":"d-1"}]}""", result => ((IReadOnlyList<ActiveDomain>)result)
                    .Single()
                    .Should()
                    .BeEquivalentTo(
                        new
                        {
                            Id = "d-1",
                            Name = (string?)null,
                            SoldOut = (bool?)null,
                            LocalReplicationCluster = (ReplicationCluster?)null,
                        }
                    )),
        },
        new Family(
            "versions (list envelope at the endpoint root)",
            "GET",
            "/",
            "versions/list.response.json",
            async client => await client.Versions.ListAsync(),
            result =>
                ((IReadOnlyList<ApiVersion>)result)
                    .Single()
                    .Should()
                    .BeEquivalentTo(new { Id = "v1", Status = ApiVersionStatus.Current })
        )
        {
            WrongType = """{"versions":"v1"}""",
            NullMember = """{"versions":null}""",
            OpenValue = ("""{"versions":[{"id":"v2","status":"BETA","links":[]}]}""", result =>
                ((IReadOnlyList<ApiVersion>)result).Single().Status.Value.Should().Be("BETA")
            ),
            EmptyLists = ("""{"versions":[{"id":null,"links":null}]}""", result =>
                ((IReadOnlyList<ApiVersion>)result)
                    .Single()
                    .Should()
                    .BeEquivalentTo(new { Id = string.Empty, Links = Array.Empty<ApiVersionLink>() })
            ),
            MissingOptional = ("""{"versions":[{"id":"v1"}]}""", result => ((IReadOnlyList<ApiVersion>)result)
                    .Single()
                    .Should()
                    .BeEquivalentTo(
                        new
                        {
                            Id = "v1",
                            Links = Array.Empty<ApiVersionLink>(),
                            Updated = (DateTimeOffset?)null,
                        }
                    )),
        },
        new Family(
            "protection groups page (list envelope with count)",
            "GET",
            MockSdrs.ProjectPath("server-groups"),
            "server-groups/list.response.json",
            async client => await client.ServerGroups.ListAsync(),
            result =>
                ((ServerGroupPage)result)
                    .Should()
                    .BeEquivalentTo(new { Count = 2 }, o => o.ExcludingMissingMembers())
                    .And.Subject.As<ServerGroupPage>()
                    .ServerGroups.Should()
                    .HaveCount(2)
        )
        {
            WrongType = """{"server_groups":{"id":"g-1"},"count":1}""",
            NullMember = """{"server_groups":null,"count":0}""",
            MissingOptional = ("""{"server_groups":[{"id":"g-1"}],"count":1}""", result =>
                ((ServerGroupPage)result)
                    .ServerGroups.Single()
                    .Should()
                    .BeEquivalentTo(new { Id = "g-1", Name = (string?)null }, o => o.ExcludingMissingMembers())
            ),
            EmptyLists = ("""{"server_groups":[{"id":null}],"count":"1"}""", result =>
                ((ServerGroupPage)result)
                    .Should()
                    .Match<ServerGroupPage>(page => page.Count == 1 && page.ServerGroups.Single().Id.Length == 0)
            ),
        },
        new Family(
            "job reference of an asynchronous write",
            "POST",
            MockSdrs.ProjectPath("server-groups"),
            "server-groups/create.response.json",
            async client =>
                await client.ServerGroups.StartCreateAsync(
                    new CreateServerGroupRequest("pg-1", "az-a", "az-b", "domain-1", "vpc-1")
                ),
            result => ((SdrsJobOperation)result).Id.Should().Be(JobId)
        )
        {
            WrongType = """{"job_id":12345}""",
            NullMember = """{"job_id":null}""",
        },
    }.ToDictionary(family => family.Name);

    /// <summary>The hostile responses every family gets, and what each must end in.</summary>
    private static readonly Dictionary<string, Func<Family, Case?>> Cases = new Func<Family, Case?>[]
    {
        _ => new Case("empty body", 200, "application/json", [], Expect.Invalid("empty body")),
        _ => new Case("white space only", 200, "application/json", Utf8(" \r\n\t "), Expect.Invalid("empty body")),
        f => new Case(
            "truncated JSON",
            200,
            "application/json",
            Utf8(f.Valid[..(f.Valid.Length / 2)]),
            Expect.Invalid("could not be read as the expected JSON")
        ),
        _ => new Case("JSON null", 200, "application/json", Utf8("null"), Expect.Invalid("JSON literal null")),
        _ => new Case(
            "array where an object belongs",
            200,
            "application/json",
            Utf8("""[{"id":"x"}]"""),
            Expect.Invalid("JSON array where a JSON object was expected")
        ),
        _ => new Case(
            "string root",
            200,
            "application/json",
            Utf8("\"ok\""),
            Expect.Invalid("JSON string where a JSON object was expected")
        ),
        _ => new Case("number root", 200, "application/json", Utf8("42"), Expect.Invalid("JSON number where")),
        _ => new Case(
            "empty object",
            200,
            "application/json",
            Utf8("{}"),
            Expect.Invalid("none of the expected fields")
        ),
        _ => new Case(
            "only unknown fields",
            200,
            "application/json",
            Utf8("""{"foo":1,"bar":[true,false]}"""),
            Expect.Invalid("none of the expected fields")
        ),
        _ => new Case(
            "HTML page with 200",
            200,
            "text/html",
            Utf8("<html><head><title>Login</title></head><body>Please sign in</body></html>"),
            Expect.Invalid("JSON")
        ),
        _ => new Case(
            "plain text with 200",
            200,
            "text/plain",
            Utf8("OK"),
            Expect.Invalid("could not be read as the expected JSON")
        ),
        _ => new Case(
            "invalid UTF-8",
            200,
            "application/json",
            [.. Utf8("""{"quotas":{"x":" """), 0xC3, 0x28, 0xFF, .. Utf8("\"}}")],
            Expect.Invalid("not valid UTF-8")
        ),
        f => new Case(
            "two JSON documents",
            200,
            "application/json",
            Utf8(f.Valid + "{\"job_id\":\"second\"}"),
            Expect.Invalid("could not be read as the expected JSON")
        ),
        _ => new Case(
            "deeply nested arrays",
            200,
            "application/json",
            Utf8(new string('[', 1000) + new string(']', 1000)),
            Expect.Invalid("JSON array where a JSON object was expected")
        ),
        _ => new Case(
            "error envelope with a not-found code, status 200",
            200,
            "application/json",
            Utf8("""{"error":{"code":"SDRS.1013","message":"Protection group not found"}}"""),
            Expect.Typed<SdrsNotFoundException>("SDRS.1013")
        ),
        _ => new Case(
            "error_code and error_msg, status 200",
            200,
            "application/json",
            Utf8("""{"error_code":"SDRS.0002","error_msg":"Invalid tenant token"}"""),
            Expect.Typed<SdrsAuthenticationException>("SDRS.0002")
        ),
        _ => new Case(
            "flat code and message, status 200",
            200,
            "application/json",
            Utf8("""{"code":"SDRS.0408","message":"Null job"}"""),
            Expect.Typed<SdrsServerException>("SDRS.0408")
        ),
        _ => new Case(
            "error envelope with an unknown code, status 200",
            200,
            "application/json",
            Utf8("""{"error":{"code":"GW.9999","message":"odd"}}"""),
            Expect.Typed<SdrsInvalidResponseException>("GW.9999")
        ),
        _ => new Case(
            "body larger than the client's bound",
            200,
            "application/json",
            Utf8($$"""{"padding":"{{new string('x', 10_000)}}"}"""),
            Expect.Invalid("larger than the 4096 bytes")
        ),
        f => new Case("204 No Content where a body is expected", 204, null, [], Expect.Invalid("204 No Content")),
        f => new Case(
            "wrong JSON type in a field",
            200,
            "application/json",
            Utf8(f.WrongType),
            Expect.Invalid("could not be read as the expected JSON")
        ),
        f => new Case("required field null", 200, "application/json", Utf8(f.NullMember), Expect.Invalid("has no '")),
        f => new Case(
            "extra fields everywhere",
            200,
            "application/json",
            Utf8(WithExtraFields(f.Valid)),
            Expect.Tolerant(f.Check)
        ),
        f => new Case(
            "byte order mark before the JSON",
            200,
            "application/json",
            [0xEF, 0xBB, 0xBF, .. Utf8(f.Valid)],
            Expect.Tolerant(f.Check)
        ),
        f => new Case(
            "JSON with a text/plain content type",
            200,
            "text/plain; charset=iso-8859-1",
            Utf8(f.Valid),
            Expect.Tolerant(f.Check)
        ),
        f => new Case("201 instead of 200", 201, "application/json", Utf8(f.Valid), Expect.Tolerant(f.Check)),
        f =>
            f.OpenValue is { } open
                ? new Case(
                    "unknown enumeration values",
                    200,
                    "application/json",
                    Utf8(open.Body),
                    Expect.Tolerant(open.Check)
                )
                : null,
        f =>
            f.MissingOptional is { } missing
                ? new Case(
                    "optional fields missing",
                    200,
                    "application/json",
                    Utf8(missing.Body),
                    Expect.Tolerant(missing.Check)
                )
                : null,
        f =>
            f.EmptyLists is { } empty
                ? new Case(
                    "null or missing lists and IDs",
                    200,
                    "application/json",
                    Utf8(empty.Body),
                    Expect.Tolerant(empty.Check)
                )
                : null,
        f =>
            f.NumbersAsStrings is { } numbers
                ? new Case(
                    "numbers sent as strings",
                    200,
                    "application/json",
                    Utf8(numbers.Body),
                    Expect.Tolerant(numbers.Check)
                )
                : null,
        _ => new Case(
            "HTML error page",
            502,
            "text/html",
            Utf8("<html><head><title>502 Bad Gateway</title></head><body>nginx</body></html>"),
            Expect.Typed<SdrsServerException>(null)
        ),
        _ => new Case(
            "truncated JSON error",
            400,
            "application/json",
            Utf8("""{"error":{"code":"SDRS.0201","mess"""),
            Expect.Typed<SdrsBadRequestException>(null)
        ),
        _ => new Case(
            "huge error body",
            500,
            "application/json",
            Utf8($$"""{"error":{"code":"SDRS.0408","message":"x"},"pad":"{{new string('p', 300_000)}}"}"""),
            Expect.Typed<SdrsServerException>(null, rawBodyLength: SdrsErrorDetails.MaxRawBodyLength)
        ),
        _ => new Case("empty 404", 404, null, [], Expect.Typed<SdrsNotFoundException>(null)),
        _ => new Case(
            "429 with an unreadable Retry-After",
            429,
            "application/json",
            Utf8("""{"error_code":"APIGW.0308","error_msg":"Too many requests"}"""),
            Expect.Typed<SdrsThrottledException>("APIGW.0308"),
            RetryAfter: "soon-ish"
        ),
    }
        .Select((factory, index) => (factory, index))
        .ToDictionary(
            pair => pair.factory(Families.Values.First())?.Name ?? $"case {pair.index}",
            pair => pair.factory
        );

    public static TheoryData<string, string> Matrix()
    {
        var data = new TheoryData<string, string>();
        foreach (Family family in Families.Values)
        {
            foreach ((string name, Func<Family, Case?> factory) in Cases)
            {
                if (factory(family) is not null)
                {
                    data.Add(family.Name, name);
                }
            }
        }

        return data;
    }

    [Fact]
    public void Matrix_EveryFamily_GetsAtLeastTwentyHostileResponses()
    {
        Families
            .Values.Should()
            .AllSatisfy(family =>
                Cases
                    .Values.Count(factory => factory(family) is not null)
                    .Should()
                    .BeGreaterThanOrEqualTo(20, family.Name)
            );
    }

    [Theory]
    [MemberData(nameof(Matrix))]
    public async Task Call_HostileResponse_EndsInTheExpectedTypeOrResult(string familyName, string caseName)
    {
        Family family = Families[familyName];
        Case hostile = Cases[caseName](family)!;
        Stub(family, hostile);
        using SdrsClient client = _sdrs.CreateClient(configure: options =>
            options.MaxResponseBodySize = SmallBodyLimit
        );

        Exception? thrown = null;
        object? result = null;
        try
        {
            result = await family.Call(client);
        }
        catch (Exception exception)
        {
            thrown = exception;
        }

        if (hostile.Expected.Check is { } check)
        {
            thrown.Should().BeNull("the response is unusual but readable");
            check(result!);
            return;
        }

        thrown.Should().NotBeNull().And.BeOfType(hostile.Expected.Type!, thrown?.ToString());
        var sdrs = (SdrsException)thrown!;
        sdrs.Status.Should().Be(hostile.Status);
        sdrs.Method.Should().Be(hostile.Expected.RequestId ? family.Method : sdrs.Method);
        sdrs.RequestId.Should().Be(hostile.Expected.RequestId ? RequestId : null);
        if (hostile.Expected.MessageFragment is { } fragment)
        {
            sdrs.Message.Should().Contain(fragment);
        }

        if (hostile.Expected.ErrorCode is { } code)
        {
            sdrs.ErrorCode.Should().Be(code);
        }

        if (hostile.Expected.RawBodyLength is { } length)
        {
            sdrs.RawBody.Should().HaveLength(length);
        }
        else if (hostile.Body.Length is > 0 and < 5000 && hostile.Expected.RequestId)
        {
            sdrs.RawBody.Should().NotBeNullOrEmpty("the raw body is kept for diagnosis");
            if (Encoding.UTF8.GetString(hostile.Body) is var text && !text.Contains('\uFFFD', StringComparison.Ordinal))
            {
                sdrs.RawBody.Should().Be(text.TrimStart('\uFEFF'));
            }
        }

        if (hostile.RetryAfter is not null)
        {
            ((SdrsThrottledException)sdrs)
                .RetryAfter.Should()
                .BeNull("an unreadable Retry-After is ignored, not fatal");
        }
    }

    private void Stub(Family family, Case hostile)
    {
        IResponseBuilder response = Response
            .Create()
            .WithStatusCode(hostile.Status)
            .WithHeader("X-Request-Id", RequestId);
        if (hostile.ContentType is not null)
        {
            response = response.WithHeader("Content-Type", hostile.ContentType);
        }

        if (hostile.RetryAfter is not null)
        {
            response = response.WithHeader("Retry-After", hostile.RetryAfter);
        }

        if (hostile.Body.Length > 0)
        {
            response = response.WithBody(hostile.Body);
        }

        _sdrs.Server.Given(Request.Create().WithPath(family.Path).UsingMethod(family.Method)).RespondWith(response);
    }

    private static byte[] Utf8(string text) => Encoding.UTF8.GetBytes(text);

    /// <summary>Adds unknown members (a scalar, an object and an array) to every object of a JSON document.</summary>
    private static string WithExtraFields(string json)
    {
        JsonNode root = JsonNode.Parse(json)!;
        Visit(root);
        return root.ToJsonString();

        static void Visit(JsonNode? node)
        {
            switch (node)
            {
                case JsonObject obj:
                    foreach (JsonNode? child in obj.Select(pair => pair.Value).ToList())
                    {
                        Visit(child);
                    }

                    obj["x_added_later"] = 7;
                    obj["x_nested"] = new JsonObject { ["a"] = new JsonArray(1, "b", null) };
                    obj["x_list"] = new JsonArray(new JsonObject { ["c"] = true });
                    break;
                case JsonArray array:
                    foreach (JsonNode? child in array)
                    {
                        Visit(child);
                    }

                    break;
            }
        }
    }

    public void Dispose() => _sdrs.Dispose();

    /// <summary>One response shape family: where it lives, how the SDK reads it, and bodies only it can make
    /// hostile.</summary>
    private sealed record Family(
        string Name,
        string Method,
        string Path,
        string Example,
        Func<SdrsClient, Task<object>> Call,
        Action<object> Check
    )
    {
        public string Valid { get; } = Examples.Read(Example);

        public required string WrongType { get; init; }

        public required string NullMember { get; init; }

        public (string Body, Action<object> Check)? OpenValue { get; init; }

        public (string Body, Action<object> Check)? MissingOptional { get; init; }

        public (string Body, Action<object> Check)? NumbersAsStrings { get; init; }

        public (string Body, Action<object> Check)? EmptyLists { get; init; }
    }

    private sealed record Case(
        string Name,
        int Status,
        string? ContentType,
        byte[] Body,
        Expect Expected,
        string? RetryAfter = null
    );

    /// <summary>What a hostile response must end in: an exception of a type (with a message fragment or code), or a
    /// result.</summary>
    private sealed record Expect(
        Type? Type,
        string? MessageFragment,
        string? ErrorCode,
        Action<object>? Check,
        bool RequestId = true,
        int? RawBodyLength = null
    )
    {
        public static Expect Invalid(string fragment, bool requestId = true) =>
            new(typeof(SdrsInvalidResponseException), fragment, null, null, requestId);

        public static Expect Typed<T>(string? code, int? rawBodyLength = null)
            where T : SdrsException => new(typeof(T), null, code, null, RawBodyLength: rawBodyLength);

        public static Expect Tolerant(Action<object> check) => new(null, null, null, check);
    }
}
