namespace SdrsSdk.Cli.Tests.TestSupport;

/// <summary>What every run's output must satisfy.</summary>
public static class OutputRules
{
    public static void Check(CliResult result, IReadOnlyCollection<string> secrets)
    {
        foreach (char c in result.AllOutput)
        {
            if (char.IsControl(c) && c is not '\n' and not '\r')
            {
                throw new Xunit.Sdk.XunitException(
                    $"Redirected output holds control character U+{(int)c:X4}: {result.AllOutput}"
                );
            }
        }

        foreach (string secret in secrets)
        {
            result.AllOutput.Should().NotContain(secret, "secrets are never printed");
        }
    }
}
