using SdrsSdk.Tests.TestSupport;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;

namespace SdrsSdk.Tests.Errors;

/// <summary>Every error envelope SDRS and its gateways send becomes the right typed exception, every field
/// filled.</summary>
public sealed class ErrorResponseTests : IDisposable
{
    private const string RequestId = "c3a9b6e0f2d84f9c8a0e7d6c5b4a3f21";
    private readonly MockSdrs _sdrs = new();

    public static TheoryData<string, int, string, Type, string?, string> Envelopes() =>
        new()
        {
            {
                "error wrapper",
                400,
                """{"error":{"message":"Invalid request parameters","code":"SDRS.0201"}}""",
                typeof(SdrsBadRequestException),
                "SDRS.0201",
                "Invalid request parameters"
            },
            {
                "badrequest wrapper",
                400,
                """{"badrequest":{"message":"Invalid name","code":"SDRS.0202"}}""",
                typeof(SdrsBadRequestException),
                "SDRS.0202",
                "Invalid name"
            },
            {
                "itemNotFound wrapper",
                404,
                """{"itemNotFound":{"message":"Job not found","code":"SDRS.0408"}}""",
                typeof(SdrsNotFoundException),
                "SDRS.0408",
                "Job not found"
            },
            {
                "any other wrapper",
                409,
                """{"conflictingRequest":{"message":"Busy","code":"SDRS.1001"}}""",
                typeof(SdrsConflictException),
                "SDRS.1001",
                "Busy"
            },
            {
                "error_code and error_msg",
                401,
                """{"error_msg":"The token is invalid","error_code":"APIGW.0301","request_id":"body-request-id"}""",
                typeof(SdrsAuthenticationException),
                "APIGW.0301",
                "The token is invalid"
            },
            {
                "numeric code",
                403,
                """{"forbidden":{"message":"Policy doesn't allow sdrs:serverGroups:list","code":403}}""",
                typeof(SdrsPermissionException),
                "403",
                "Policy doesn't allow sdrs:serverGroups:list"
            },
            {
                "flat code and message",
                500,
                """{"code":"SDRS.0400","message":"Internal error"}""",
                typeof(SdrsServerException),
                "SDRS.0400",
                "Internal error"
            },
            {
                "not-found code with HTTP 400",
                400,
                """{"error":{"message":"Protection group not found","code":"SDRS.1013"}}""",
                typeof(SdrsNotFoundException),
                "SDRS.1013",
                "Protection group not found"
            },
            {
                "protected instance not found",
                400,
                """{"error":{"message":"Protected instance not found","code":"SDRS.1320"}}""",
                typeof(SdrsNotFoundException),
                "SDRS.1320",
                "Protected instance not found"
            },
            {
                "replication pair not found",
                400,
                """{"error":{"message":"Replication pair not found","code":"SDRS.1608"}}""",
                typeof(SdrsNotFoundException),
                "SDRS.1608",
                "Replication pair not found"
            },
            {
                "drill not found",
                400,
                """{"error":{"message":"DR drill not found","code":"SDRS.1902"}}""",
                typeof(SdrsNotFoundException),
                "SDRS.1902",
                "DR drill not found"
            },
            {
                "invalid token code with HTTP 400",
                400,
                """{"error":{"message":"Invalid tenant token","code":"SDRS.0002"}}""",
                typeof(SdrsAuthenticationException),
                "SDRS.0002",
                "Invalid tenant token"
            },
            {
                "permission code with HTTP 400",
                400,
                """{"error":{"message":"No permission for the operation","code":"SDRS.0005"}}""",
                typeof(SdrsPermissionException),
                "SDRS.0005",
                "No permission for the operation"
            },
            {
                "throttled",
                429,
                """{"error_msg":"Too many requests","error_code":"APIGW.0308"}""",
                typeof(SdrsThrottledException),
                "APIGW.0308",
                "Too many requests"
            },
            {
                "gateway timeout",
                504,
                """{"error":{"message":"Gateway Timeout","code":"SDRS.0400"}}""",
                typeof(SdrsServerException),
                "SDRS.0400",
                "Gateway Timeout"
            },
        };

    [Theory]
    [MemberData(nameof(Envelopes))]
    public async Task Call_ErrorEnvelope_ThrowsTypedExceptionWithEveryField(
        string scenario,
        int status,
        string body,
        Type expectedType,
        string? expectedCode,
        string expectedMessage
    )
    {
        Stub(status, body, "application/json");
        using SdrsClient client = _sdrs.CreateClient();

        SdrsException exception = await CatchAsync(() => client.Quotas.GetAsync());

        exception.Should().BeOfType(expectedType, scenario);
        exception.Status.Should().Be(status);
        exception.ErrorCode.Should().Be(expectedCode);
        exception.ErrorMessage.Should().Be(expectedMessage);
        exception.RequestId.Should().Be(RequestId);
        exception.Method.Should().Be("GET");
        exception.Path.Should().Be(MockSdrs.ProjectPath("sdrs/quotas"));
        exception.RawBody.Should().Be(body);
        exception.Message.Should().Contain(expectedMessage).And.Contain(RequestId);
    }

    [Fact]
    public async Task Call_ServiceMessageSameAsTheCatalogDescription_IsNotRepeated()
    {
        Stub(500, """{"error":{"message":"Internal error.","code":"SDRS.0013"}}""", "application/json");
        using SdrsClient client = _sdrs.CreateClient(configure: options => options.Retry.MaxRetries = 0);

        SdrsException exception = await CatchAsync(() => client.Quotas.GetAsync());

        exception.ErrorInfo.Should().NotBeNull();
        exception.Message.Should().Contain("Internal error. What to do: ");
        exception
            .Message.Split("nternal error", StringSplitOptions.None)
            .Should()
            .HaveCount(2, "the sentence appears once: " + exception.Message);
    }

    [Fact]
    public async Task Call_BodyWithDetailsAndEncodedAuthorizationMessage_SurfacesBoth()
    {
        Stub(
            403,
            """
            {"error_code":"SDRS.0003","error_msg":"No permission","encoded_authorization_message":"vgE8jOmJkb8Q",
             "details":[{"error_code":"IAM.0001","error_msg":"Policy denies sdrs:serverGroups:list"},"second reason",
                        {"unrelated":1}],"request_id":"r-1"}
            """,
            "application/json"
        );
        using SdrsClient client = _sdrs.CreateClient();

        SdrsException exception = await CatchAsync(() => client.Quotas.GetAsync());

        exception.Should().BeOfType<SdrsPermissionException>();
        exception.EncodedAuthorizationMessage.Should().Be("vgE8jOmJkb8Q");
        exception
            .ErrorItems.Should()
            .Equal(
                new SdrsErrorItem("IAM.0001", "Policy denies sdrs:serverGroups:list"),
                new SdrsErrorItem(null, "second reason")
            );
        exception
            .Message.Should()
            .Contain("Detail: IAM.0001: Policy denies sdrs:serverGroups:list.")
            .And.Contain("Detail: second reason.")
            .And.Contain("decode-authorization-message");
    }

    [Fact]
    public async Task Call_DetailsArrayOfAnyLength_KeepsAtMostTwenty()
    {
        string items = string.Join(",", Enumerable.Range(1, 50).Select(i => $"\"reason {i}\""));
        Stub(
            400,
            "{\"error\":{\"code\":\"SDRS.0201\",\"message\":\"bad\",\"details\":[" + items + "]}}",
            "application/json"
        );
        using SdrsClient client = _sdrs.CreateClient();

        SdrsException exception = await CatchAsync(() => client.Quotas.GetAsync());

        exception.ErrorItems.Should().HaveCount(20);
        exception.ErrorItems![0].Message.Should().Be("reason 1");
        exception.EncodedAuthorizationMessage.Should().BeNull();
    }

    [Fact]
    public async Task Call_GatewayUnauthorized_SaysWhatToCheck()
    {
        Stub(
            401,
            """{"error_msg":"Incorrect IAM authentication information","error_code":"APIGW.0301","request_id":"r"}""",
            "application/json"
        );
        using SdrsClient client = _sdrs.CreateClient();

        SdrsException exception = await CatchAsync(() => client.Quotas.GetAsync());

        exception.Should().BeOfType<SdrsAuthenticationException>();
        exception.ErrorCode.Should().Be("APIGW.0301");
        exception
            .Message.Should()
            .Contain("What to do: check the credential")
            .And.Contain("token that has not expired")
            .And.Contain("clock is within 15 minutes");
    }

    [Fact]
    public async Task Call_ProtectionGroupNotFoundWith400_IsNotFoundWithCatalogEntry()
    {
        Stub(400, """{"error":{"message":"Protection group not found","code":"SDRS.1013"}}""", "application/json");
        using SdrsClient client = _sdrs.CreateClient();

        SdrsException exception = await CatchAsync(() => client.Quotas.GetAsync());

        exception.Should().BeOfType<SdrsNotFoundException>();
        exception.IsNotFound.Should().BeTrue();
        exception.Status.Should().Be(400);
        exception.ErrorInfo!.HandlingMeasure.Should().Be("Use an available protection group.");
        exception.Message.Should().Contain("What to do: Use an available protection group.");
    }

    [Fact]
    public async Task Call_HtmlGatewayPage_ThrowsServerExceptionNamingThePage()
    {
        const string Html =
            "<html><head><title>502 Bad Gateway</title></head><body><h1>502 Bad Gateway</h1><hr>nginx</body></html>";
        Stub(502, Html, "text/html");
        using SdrsClient client = _sdrs.CreateClient();

        SdrsException exception = await CatchAsync(() => client.ActiveDomains.ListAsync());

        exception.Should().BeOfType<SdrsServerException>();
        exception.Status.Should().Be(502);
        exception.ErrorCode.Should().BeNull();
        exception.ErrorMessage.Should().Contain("HTML page").And.Contain("502 Bad Gateway");
        exception.RequestId.Should().Be(RequestId);
        exception.RawBody.Should().Be(Html);
    }

    [Fact]
    public async Task Call_EmptyBody_ThrowsWithReasonPhrase()
    {
        Stub(503, null, null);
        using SdrsClient client = _sdrs.CreateClient();

        SdrsException exception = await CatchAsync(() => client.Versions.ListAsync());

        exception.Should().BeOfType<SdrsServerException>();
        exception.Status.Should().Be(503);
        exception.ErrorCode.Should().BeNull();
        exception.ErrorMessage.Should().Be("Service Unavailable");
        exception.RequestId.Should().Be(RequestId);
        exception.RawBody.Should().BeNull();
        exception.Path.Should().Be("/");
    }

    [Fact]
    public async Task Call_InvalidJsonBody_ThrowsAndKeepsRawBody()
    {
        const string Broken = """{"error":{"message":"truncated""";
        Stub(400, Broken, "application/json");
        using SdrsClient client = _sdrs.CreateClient();

        SdrsException exception = await CatchAsync(() => client.Jobs.GetAsync("job-1"));

        exception.Should().BeOfType<SdrsBadRequestException>();
        exception.Status.Should().Be(400);
        exception.ErrorCode.Should().BeNull();
        exception.ErrorMessage.Should().Contain("not valid JSON");
        exception.RawBody.Should().Be(Broken);
        exception.RequestId.Should().Be(RequestId);
    }

    [Fact]
    public async Task Call_PlainTextBody_ThrowsWithTheText()
    {
        Stub(500, "upstream connect error or disconnect/reset before headers", "text/plain");
        using SdrsClient client = _sdrs.CreateClient();

        SdrsException exception = await CatchAsync(() => client.Quotas.GetAsync());

        exception.Should().BeOfType<SdrsServerException>();
        exception.ErrorMessage.Should().Contain("upstream connect error");
    }

    [Fact]
    public async Task Call_ThrottledWithRetryAfter_ExposesTheWait()
    {
        _sdrs
            .Server.Given(Request.Create().UsingAnyMethod())
            .RespondWith(
                Response
                    .Create()
                    .WithStatusCode(429)
                    .WithHeader("Retry-After", "7")
                    .WithHeader("X-Request-Id", RequestId)
                    .WithBody("""{"error_msg":"Too many requests","error_code":"APIGW.0308"}""")
            );
        using SdrsClient client = _sdrs.CreateClient();

        SdrsException exception = await CatchAsync(() => client.Quotas.GetAsync());

        exception.Should().BeOfType<SdrsThrottledException>().Which.RetryAfter.Should().Be(TimeSpan.FromSeconds(7));
    }

    [Fact]
    public async Task Call_RequestIdOnlyInBody_IsUsed()
    {
        _sdrs
            .Server.Given(Request.Create().UsingAnyMethod())
            .RespondWith(
                Response
                    .Create()
                    .WithStatusCode(401)
                    .WithBody(
                        """{"error_msg":"Incorrect IAM authentication information","error_code":"APIGW.0301","request_id":"from-body-123"}"""
                    )
            );
        using SdrsClient client = _sdrs.CreateClient();

        SdrsException exception = await CatchAsync(() => client.Quotas.GetAsync());

        exception.Should().BeOfType<SdrsAuthenticationException>();
        exception.RequestId.Should().Be("from-body-123");
    }

    [Fact]
    public async Task Call_HugeErrorBody_KeepsABoundedRawBody()
    {
        string huge = """{"error":{"code":"SDRS.0201","message":"x"},"padding":" """ + new string('p', 200_000) + "\"}";
        Stub(400, huge, "application/json");
        using SdrsClient client = _sdrs.CreateClient();

        SdrsException exception = await CatchAsync(() => client.Quotas.GetAsync());

        exception.RawBody!.Length.Should().Be(SdrsErrorDetails.MaxRawBodyLength);
        exception.Status.Should().Be(400);
    }

    [Fact]
    public async Task Call_SuccessWithUnreadableBody_ThrowsInvalidResponseNotJsonException()
    {
        _sdrs
            .Server.Given(Request.Create().UsingAnyMethod())
            .RespondWith(
                Response
                    .Create()
                    .WithStatusCode(200)
                    .WithHeader("X-Request-Id", RequestId)
                    .WithBody("""{"quotas":{"resources":"not-an-array"}}""")
            );
        using SdrsClient client = _sdrs.CreateClient();

        SdrsException exception = await CatchAsync(() => client.Quotas.GetAsync());

        exception.Should().BeOfType<SdrsInvalidResponseException>();
        exception.Status.Should().Be(200);
        exception.RequestId.Should().Be(RequestId);
        exception.InnerException.Should().BeAssignableTo<System.Text.Json.JsonException>();
    }

    private void Stub(int status, string? body, string? contentType)
    {
        IResponseBuilder response = Response.Create().WithStatusCode(status).WithHeader("X-Request-Id", RequestId);
        if (contentType is not null)
        {
            response = response.WithHeader("Content-Type", contentType);
        }

        if (body is not null)
        {
            response = response.WithBody(body);
        }

        _sdrs.Server.Given(Request.Create().UsingAnyMethod()).RespondWith(response);
    }

    private static async Task<SdrsException> CatchAsync(Func<Task> call)
    {
        try
        {
            await call();
        }
        catch (SdrsException exception)
        {
            return exception;
        }

        throw new InvalidOperationException("the call was expected to throw an SdrsException");
    }

    public void Dispose() => _sdrs.Dispose();
}
