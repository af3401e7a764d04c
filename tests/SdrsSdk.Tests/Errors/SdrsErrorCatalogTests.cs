namespace SdrsSdk.Tests.Errors;

public sealed class SdrsErrorCatalogTests
{
    [Fact]
    public void All_HoldsTheWholeAppendix()
    {
        SdrsErrorCatalog.All.Should().HaveCount(256);
        SdrsErrorCatalog.All.Select(entry => entry.Code).Should().OnlyHaveUniqueItems();
        SdrsErrorCatalog
            .All.Should()
            .AllSatisfy(entry =>
            {
                entry.Code.Should().MatchRegex(@"^SDRS\.\d{4}$");
                entry.HttpStatus.Should().BeOneOf(400, 404, 500);
                entry.Message.Should().NotBeNullOrWhiteSpace();
                entry.Description.Should().NotBeNullOrWhiteSpace();
                entry.HandlingMeasure.Should().NotBeNullOrWhiteSpace();
            });
        SdrsErrorCatalog.All[0].Code.Should().Be("SDRS.0001");
        SdrsErrorCatalog.All[^1].Code.Should().Be("SDRS.2222");
    }

    [Theory]
    [InlineData("SDRS.1013", true)]
    [InlineData("SDRS.1320", true)]
    [InlineData("SDRS.1608", true)]
    [InlineData("SDRS.1902", true)]
    [InlineData("SDRS.2206", true)]
    [InlineData("SDRS.1301", false)]
    [InlineData("SDRS.1913", false)]
    [InlineData("SDRS.0201", false)]
    public void TryGet_KnownCode_ReportsWhetherItMeansNotFound(string code, bool notFound)
    {
        SdrsErrorCatalog.TryGet(code, out SdrsErrorInfo? info).Should().BeTrue();
        info!.IsNotFound.Should().Be(notFound);
    }

    [Fact]
    public void TryGet_LowerCaseAndPadded_FindsTheEntry()
    {
        SdrsErrorCatalog.TryGet(" sdrs.0001 ", out SdrsErrorInfo? info).Should().BeTrue();
        info!
            .Should()
            .Be(
                new SdrsErrorInfo(
                    "SDRS.0001",
                    400,
                    "Invalid tenant ID",
                    "The tenant ID is invalid.",
                    "Use a valid tenant ID.",
                    false
                )
            );
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("APIGW.0301")]
    [InlineData("SDRS.9999")]
    public void TryGet_UnknownCode_ReturnsFalse(string? code)
    {
        SdrsErrorCatalog.TryGet(code, out SdrsErrorInfo? info).Should().BeFalse();
        info.Should().BeNull();
    }
}
