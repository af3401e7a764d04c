using System.CommandLine;

namespace SdrsSdk.Cli.Commands;

/// <summary><c>sdrs completion bash|zsh|pwsh</c>: prints a script that wires the shell's completion to
/// System.CommandLine's <c>[suggest]</c> directive (what dotnet-suggest does, without installing it).</summary>
internal sealed class CompletionCommands : ICommandGroup
{
    private const string Bash = """
        _sdrs_complete() {
          local IFS=$'\n' cur="${COMP_WORDS[COMP_CWORD]}"
          local words="$(sdrs "[suggest:${COMP_POINT}]" "${COMP_LINE}" 2>/dev/null)"
          COMPREPLY=( $(compgen -W "$words" -- "$cur") )
        }
        complete -o default -F _sdrs_complete sdrs
        """;

    // zsh runs the bash function through its bash-completion emulation.
    private const string Zsh = "autoload -U +X bashcompinit && bashcompinit\n" + Bash;

    private const string Pwsh = """
        Register-ArgumentCompleter -Native -CommandName sdrs -ScriptBlock {
            param($wordToComplete, $commandAst, $cursorPosition)
            sdrs "[suggest:$cursorPosition]" "$commandAst" | ForEach-Object {
                [System.Management.Automation.CompletionResult]::new($_, $_, 'ParameterValue', $_)
            }
        }
        """;

    public IEnumerable<Command> Build(CliContext cli)
    {
        Argument<string> shell = new("shell") { Description = "bash, zsh or pwsh." };
        shell.AcceptOnlyFromAmong("bash", "zsh", "pwsh");
        Command completion = cli.NewCommand(
                "completion",
                "Print the shell script that enables tab completion; add it to your shell's profile.",
                "sdrs completion bash >> ~/.bashrc"
            )
            .With(shell);
        // Runs without a client: printing a script needs no credentials.
        completion.SetAction(parse =>
        {
            cli.Stdout.WriteLine(
                parse.GetValue(shell) switch
                {
                    "zsh" => Zsh,
                    "pwsh" => Pwsh,
                    _ => Bash,
                }
            );
            return ExitCodes.Success;
        });
        yield return completion;
    }
}
