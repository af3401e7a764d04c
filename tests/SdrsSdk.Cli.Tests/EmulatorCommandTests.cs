using System.Collections;
using SdrsSdk.Testing;

namespace SdrsSdk.Cli.Tests;

public sealed class EmulatorCommandTests
{
    [Fact]
    public async Task Serve_WritesTheSettingsToTheFile_NotToTheScreen_AndStopsOnEnter()
    {
        string path = Path.Combine(Path.GetTempPath(), $"sdrs-{Guid.NewGuid():N}.env");
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        try
        {
            int code = await SdrsCli.InvokeAsync(
                ["emulator", "serve", "--env-file", path],
                stdout,
                stderr,
                new Hashtable(),
                new CliHost { Stdin = new StringReader("\n") }
            );

            code.Should().Be(0, stderr.ToString());
            string settings = await File.ReadAllTextAsync(path);
            settings.Should().Contain("SDRS_ENDPOINT=http://127.0.0.1:").And.Contain("HUAWEICLOUD_SDK_SK=");
            string secret = new SdrsEmulatorOptions().SecretKey;
            (stdout.ToString() + stderr).Should().NotContain(secret).And.Contain(path);
        }
        finally
        {
            File.Delete(path);
        }
    }
}
