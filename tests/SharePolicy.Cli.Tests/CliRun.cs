namespace SharePolicy.Cli.Tests;

/// <summary>Runs the command line in-process and keeps what it wrote.</summary>
internal sealed record CliRun(int ExitCode, string Output, string Error)
{
    public string[] OutputLines => Output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(line => line.TrimEnd('\r')).ToArray();

    public static Task<CliRun> Of(params string[] args) => Styled(OutputStyle.Plain, args);

    public static async Task<CliRun> Styled(OutputStyle style, params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exitCode = await SharePolicyCli.RunAsync(args, output, error, style);
        return new CliRun(exitCode, output.ToString(), error.ToString());
    }
}
