namespace SharePolicy.Cli.Tests;

/// <summary>
/// Request and scenario files are read with the care of a rule directory: a pipe or a link to a device is an error
/// naming the file, not a hang or an out-of-memory, and `test DIR` skips hidden and editors' files.
/// </summary>
public sealed class FileBoundsTests : IDisposable
{
    private readonly TempFiles _files = new();

    public void Dispose() => _files.Dispose();

    [Fact]
    public async Task A_request_file_that_is_a_pipe_is_refused_not_waited_for()
    {
        var pipe = Path.Combine(_files.Root, "request.yaml");
        TempFiles.MakeNamedPipe(pipe);

        var run = await CliRun.Of("decide", pipe).WaitAsync(TimeSpan.FromSeconds(20));

        run.ExitCode.Should().Be(2);
        run.Error.Should().Be($"error: {pipe}:1:1: the file is empty, or is not a regular file (a pipe, socket or device); a data file is a regular file of text" + Environment.NewLine);
    }

    [Fact]
    public async Task A_scenario_file_that_links_to_a_device_is_refused_not_read_for_ever()
    {
        var link = Path.Combine(_files.Root, "zero.yaml");
        File.CreateSymbolicLink(link, "/dev/zero");

        var run = await CliRun.Of("test", link).WaitAsync(TimeSpan.FromSeconds(20));

        run.ExitCode.Should().NotBe(0);
        run.Error.Should().Contain($"{link}:1:1: the file is empty, or is not a regular file (a pipe, socket or device)");
    }

    [Fact]
    public async Task Test_of_a_directory_skips_hidden_and_editors_files()
    {
        _files.Write("rules/access.yaml", CliFixtures.ApplyRule);
        var scenarios = Path.Combine(_files.Root, "scenarios");
        _files.Write("scenarios/.#demo.yaml", "not: [a scenario file");
        _files.Write("scenarios/.hidden/demo.yaml", "not: [a scenario file");
        _files.Write("scenarios/.draft.yaml", "not: [a scenario file");

        var run = await CliRun.Of("test", scenarios);

        run.ExitCode.Should().Be(2);
        run.Error.Should().Be($"error: The directory '{scenarios}' holds no scenario files (*.yaml)." + Environment.NewLine);
    }
}
