using NodaTime;
using SharePolicy.Calendar;
using SharePolicy.Compilation;
using SharePolicy.Hosting;
using SharePolicy.Testing;
using SharePolicy.Tests.Hosting;

namespace SharePolicy.Tests.Files;

/// <summary>
/// Loading a directory of rule or calendar files ends, whatever is in it: a pipe, a link to a device or to nothing, a
/// huge file, hidden and editors' files. Each is skipped or reported as a load error naming the file; none hangs.
/// </summary>
public sealed class DataDirectoryTests : IDisposable
{
    // Long enough for any load here, short enough that a load that hangs fails the test instead of the run.
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(20);

    private readonly TempFiles _files = new();

    private string Rules => Path.Combine(_files.Root, "rules");

    public void Dispose() => _files.Dispose();

    [Fact]
    public async Task A_pipe_named_like_a_rule_file_is_a_load_error_not_a_hang()
    {
        HostingFixtures.WriteRuleSet(Rules, version: 1);
        MakeNamedPipe(Path.Combine(Rules, "x.yaml"));

        var errors = await LoadErrors();

        errors.Should().Equal($"{Path.Combine(Rules, "x.yaml")}:1:1: is empty, or is not a regular file (a pipe, socket or device); a data file is a regular file of text.");
    }

    [Fact]
    public async Task A_link_to_a_device_is_a_load_error_naming_the_link()
    {
        HostingFixtures.WriteRuleSet(Rules, version: 1);
        File.CreateSymbolicLink(Path.Combine(Rules, "zero.yaml"), "/dev/zero");

        var errors = await LoadErrors();

        errors.Should().Equal($"{Path.Combine(Rules, "zero.yaml")}:1:1: is a link to '/dev/zero', outside the directory; data files are read only from inside it.");
    }

    [Fact]
    public async Task A_link_to_nothing_is_a_load_error_not_an_IOException()
    {
        HostingFixtures.WriteRuleSet(Rules, version: 1);
        File.CreateSymbolicLink(Path.Combine(Rules, "gone.yaml"), Path.Combine(Rules, "no-such-file.yaml"));

        var errors = await LoadErrors();

        errors.Should().Equal($"{Path.Combine(Rules, "gone.yaml")}:1:1: is a link to '{Path.Combine(Rules, "no-such-file.yaml")}', which is not a file; remove the link or the file it names.");
    }

    [Fact]
    public async Task A_link_to_a_rule_file_inside_the_directory_is_read()
    {
        HostingFixtures.WriteRuleSet(Rules, version: 1);
        File.Move(Path.Combine(Rules, "b.yaml"), Path.Combine(Rules, "b.txt"));
        File.CreateSymbolicLink(Path.Combine(Rules, "b.yaml"), Path.Combine(Rules, "b.txt"));

        var rules = await RuleSetLoader.LoadDirectoryAsync(Rules).WaitAsync(Patience);

        rules.Rules.Select(rule => rule.Id).Should().Equal("set-1.a", "set-1.b");
    }

    [Fact]
    public async Task A_file_over_a_mebibyte_is_refused_without_being_read()
    {
        HostingFixtures.WriteRuleSet(Rules, version: 1);
        var huge = Path.Combine(Rules, "huge.yaml");
        using (var stream = File.Create(huge))
        {
            stream.SetLength(50L << 20); // 50 MB of nothing: read whole it would be 50 MB of text
        }

        var errors = await LoadErrors();

        errors.Should().Equal($"{huge}:1:1: is {50L << 20} bytes; a data file may be at most 1048576 bytes.");
    }

    [Fact]
    public async Task Hidden_files_and_editors_lock_and_backup_files_are_not_rule_files()
    {
        HostingFixtures.WriteRuleSet(Rules, version: 1);
        foreach (var name in (string[])[".access.yaml", "#access.yaml#", "access.yaml~", "~access.yaml", ".access.yaml.swp"])
        {
            await File.WriteAllTextAsync(Path.Combine(Rules, name), "not: [a rule file");
        }

        File.CreateSymbolicLink(Path.Combine(Rules, ".#access.yaml"), "user@host.1234:1700000000"); // how Emacs marks a file it is editing

        var rules = await RuleSetLoader.LoadDirectoryAsync(Rules).WaitAsync(Patience);

        rules.Rules.Select(rule => rule.Id).Should().Equal("set-1.a", "set-1.b");
    }

    [Fact]
    public async Task Text_that_is_not_UTF_8_is_a_load_error_naming_the_file()
    {
        HostingFixtures.WriteRuleSet(Rules, version: 1);
        await File.WriteAllBytesAsync(Path.Combine(Rules, "latin1.yaml"), [(byte)'a', 0xE9, (byte)'\n']);

        var errors = await LoadErrors();

        errors.Should().ContainSingle().Which.Should().StartWith($"{Path.Combine(Rules, "latin1.yaml")}:1:1: is not UTF-8 text");
    }

    [Fact]
    public async Task Every_unreadable_file_is_reported_with_the_errors_of_the_readable_ones()
    {
        HostingFixtures.WriteRuleSet(Rules, version: 1);
        MakeNamedPipe(Path.Combine(Rules, "pipe.yaml"));
        await File.WriteAllTextAsync(Path.Combine(Rules, "typo.yaml"), "question: acess\nrules: []\n");

        var errors = await LoadErrors();

        errors.Should().HaveCount(2);
        errors[0].Should().StartWith($"{Path.Combine(Rules, "pipe.yaml")}:1:1: is empty, or is not a regular file");
        errors[1].Should().StartWith($"{Path.Combine(Rules, "typo.yaml")}:1:11: unknown question 'acess'");
    }

    [Fact]
    public async Task A_load_that_is_cancelled_stops()
    {
        HostingFixtures.WriteRuleSet(Rules, version: 1);
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();

        var act = () => RuleSetLoader.LoadDirectoryAsync(Rules, cancelled.Token).WaitAsync(Patience);

        await act.Should().ThrowAsync<OperationCanceledException>();
    }

    [Fact]
    public async Task A_reload_of_a_directory_with_a_pipe_fails_and_keeps_the_current_engine()
    {
        HostingFixtures.WriteRuleSet(Rules, version: 1);
        var provider = await SharePolicyEngineProvider.CreateAsync(new SharePolicyOptions { RuleSetDirectory = Rules }, SystemClock.Instance);
        var before = provider.Current;
        MakeNamedPipe(Path.Combine(Rules, "x.yaml"));

        var act = () => provider.ReloadAsync().WaitAsync(Patience);

        (await act.Should().ThrowAsync<RuleSetLoadException>()).Which.Errors.Should().ContainSingle()
            .Which.Where.File.Should().Be(Path.Combine(Rules, "x.yaml"));
        provider.Current.Should().BeSameAs(before);
    }

    [Fact]
    public async Task A_calendar_directory_is_read_with_the_same_care()
    {
        var calendar = Path.Combine(_files.Root, "calendar");
        Directory.CreateDirectory(calendar);
        await File.WriteAllTextAsync(Path.Combine(calendar, "guangxi.yaml"), HostingFixtures.RegionalHoliday);
        await File.WriteAllTextAsync(Path.Combine(calendar, ".guangxi.yaml.swp"), "\0\0\0");
        MakeNamedPipe(Path.Combine(calendar, "pipe.yaml"));
        File.CreateSymbolicLink(Path.Combine(calendar, "zero.yaml"), "/dev/zero");
        File.CreateSymbolicLink(Path.Combine(calendar, "gone.yaml"), Path.Combine(calendar, "no-such-file.yaml"));

        var act = () => WorkingDayCalendar.LoadAsync(calendar, withNationalCalendar: true).WaitAsync(Patience);

        (await act.Should().ThrowAsync<CalendarLoadException>()).Which.Errors.Should().Equal(
            $"{Path.Combine(calendar, "gone.yaml")}:1:1: is a link to '{Path.Combine(calendar, "no-such-file.yaml")}', which is not a file; remove the link or the file it names.",
            $"{Path.Combine(calendar, "pipe.yaml")}:1:1: is empty, or is not a regular file (a pipe, socket or device); a data file is a regular file of text.",
            $"{Path.Combine(calendar, "zero.yaml")}:1:1: is a link to '/dev/zero', outside the directory; data files are read only from inside it.");
    }

    private async Task<IReadOnlyList<string>> LoadErrors()
    {
        var act = () => RuleSetLoader.LoadDirectoryAsync(Rules).WaitAsync(Patience);
        return (await act.Should().ThrowAsync<RuleSetLoadException>()).Which.Errors.Select(error => error.ToString()).ToArray();
    }

    private static void MakeNamedPipe(string path) => TempFiles.MakeNamedPipe(path);
}
