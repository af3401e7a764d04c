namespace SdrsSdk.Tests.Conventions;

/// <summary>docs/operations.md is the operation table, rendered: a row added, changed or forgotten fails
/// here.</summary>
public sealed class OperationsDocumentTests
{
    [Fact]
    public void OperationsMd_IsTheRenderedOperationTable()
    {
        string path = RepositoryFiles.PathOf(OperationsDocument.RelativePath);
        string expected = OperationsDocument.Render();
        if (Environment.GetEnvironmentVariable("SDRS_WRITE_DOCS") == "1")
        {
            File.WriteAllText(path, expected);
        }

        string actual = File.ReadAllText(path).ReplaceLineEndings("\n");
        actual
            .Should()
            .Be(
                expected,
                "docs/operations.md is generated from SdrsOperations; run the tests with SDRS_WRITE_DOCS=1 to "
                    + "regenerate it"
            );
    }

    [Theory]
    [InlineData("README.md")]
    [InlineData("docs/emulator.md")]
    public void Docs_DoNotHardCodeTheOperationCount(string relative)
    {
        string text = File.ReadAllText(RepositoryFiles.PathOf(relative));

        text.Should()
            .NotMatchRegex(@"\b\d+ operations\b", "the count lives in docs/operations.md, generated from the table");
    }
}
