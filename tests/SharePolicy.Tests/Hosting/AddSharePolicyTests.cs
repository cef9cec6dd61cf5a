using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using NodaTime;
using NodaTime.Testing;
using SharePolicy.Calendar;
using SharePolicy.Compilation;
using SharePolicy.Engine;
using SharePolicy.Model;
using SharePolicy.Questions;
using SharePolicy.Testing;

namespace SharePolicy.Tests.Hosting;

public class AddSharePolicyTests
{
    [Fact]
    public void With_no_configuration_the_engine_uses_the_embedded_rules_the_national_calendar_and_Shanghai_time()
    {
        using var services = new ServiceCollection().AddSharePolicy().BuildServiceProvider();

        var engine = services.GetRequiredService<SharePolicyEngine>();

        engine.Rules.Should().BeSameAs(RuleSetLoader.LoadDefault());
        engine.Calendar.Should().BeSameAs(WorkingDayCalendar.China);
        engine.TimeZone.Id.Should().Be("Asia/Shanghai");
        services.GetRequiredService<IClock>().Should().BeSameAs(SystemClock.Instance);
        services.GetRequiredService<RuleLibrary>().Should().BeSameAs(engine.Rules);
        services.GetRequiredService<IPolicyDecider>().Should().BeSameAs(engine);
        services.GetRequiredService<WorkingDayCalendar>().Should().BeSameAs(engine.Calendar);
    }

    [Fact]
    public void A_clock_the_host_registered_first_stamps_the_decisions()
    {
        var clock = new FakeClock(Instant.FromUtc(2025, 9, 28, 2, 0));
        using var services = new ServiceCollection().AddSingleton<IClock>(clock).AddSharePolicy().BuildServiceProvider();

        var decision = services.GetRequiredService<SharePolicyEngine>().DecideAccess(Fixtures.Request(), Fixtures.Entry(ShareType.Unconditional));

        decision.DecidedAt.Should().Be(Instant.FromUtc(2025, 9, 28, 2, 0));
    }

    [Fact]
    public void Settings_are_bound_from_the_SharePolicy_section_of_the_configuration()
    {
        using var files = new TempFiles();
        HostingFixtures.WriteRuleSet(Path.Combine(files.Root, "rules"), version: 7);
        files.Write("calendar/2025.yaml", HostingFixtures.RegionalHoliday);
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["SharePolicy:RuleSetDirectory"] = Path.Combine(files.Root, "rules"),
            ["SharePolicy:CalendarDirectory"] = Path.Combine(files.Root, "calendar"),
            ["SharePolicy:TimeZoneId"] = "Asia/Urumqi",
        }).Build();
        using var services = new ServiceCollection().AddSharePolicy(configuration).BuildServiceProvider();

        var engine = services.GetRequiredService<SharePolicyEngine>();

        engine.Rules.Rules.Select(rule => rule.Id).Should().Equal("set-7.a", "set-7.b");
        engine.Calendar.IsWorkingDay(new LocalDate(2025, 3, 31)).Should().BeFalse();
        engine.Calendar.IsWorkingDay(new LocalDate(2025, 10, 1)).Should().BeFalse("the national holidays stay");
        engine.TimeZone.Id.Should().Be("Asia/Urumqi");
    }

    [Fact]
    public void Settings_in_code_come_after_the_configuration()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["SharePolicy:TimeZoneId"] = "Asia/Urumqi",
        }).Build();
        using var services = new ServiceCollection()
            .AddSharePolicy(configuration, options => options.TimeZoneId = "Asia/Hong_Kong")
            .BuildServiceProvider();

        services.GetRequiredService<SharePolicyEngine>().TimeZone.Id.Should().Be("Asia/Hong_Kong");
    }

    [Fact]
    public void Bad_settings_fail_at_start_naming_each_setting_and_its_value()
    {
        var missing = Path.Combine(Path.GetTempPath(), "sharepolicy-no-such-rules");
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["SharePolicy:RuleSetDirectory"] = missing,
            ["SharePolicy:CalendarDirectory"] = " ",
            ["SharePolicy:TimeZoneId"] = "Asia/Shanghia",
            ["SharePolicy:CloseOfBusiness"] = "5:30pm",
        }).Build();
        using var services = new ServiceCollection().AddSharePolicy(configuration).BuildServiceProvider();

        var start = () => services.GetRequiredService<IStartupValidator>().Validate();

        start.Should().Throw<OptionsValidationException>().Which.Failures.Should().Equal(
            $"SharePolicy:RuleSetDirectory '{missing}' is not a directory (looked for {missing}).",
            "SharePolicy:CalendarDirectory ' ' is empty; leave it out for the national calendar alone.",
            "SharePolicy:TimeZoneId 'Asia/Shanghia' is not a time zone; write an IANA name such as Asia/Shanghai.",
            "SharePolicy:CloseOfBusiness '5:30pm' is not a time of day; write HH:mm, e.g. 17:30.");
    }

    [Fact]
    public void Close_of_business_at_midnight_fails_at_start_as_it_would_move_every_receipt()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["SharePolicy:CloseOfBusiness"] = "00:00",
        }).Build();
        using var services = new ServiceCollection().AddSharePolicy(configuration).BuildServiceProvider();

        var start = () => services.GetRequiredService<IStartupValidator>().Validate();

        start.Should().Throw<OptionsValidationException>().Which.Failures.Should().Equal(
            "SharePolicy:CloseOfBusiness '00:00' would move every receipt to the next day; write the hour work ends, e.g. 17:30, or leave it out.");
    }

    [Fact]
    public void Close_of_business_reaches_the_engine()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["SharePolicy:CloseOfBusiness"] = "17:30",
        }).Build();
        using var services = new ServiceCollection().AddSharePolicy(configuration).BuildServiceProvider();

        services.GetRequiredService<SharePolicy.Engine.SharePolicyEngine>().CloseOfBusiness.Should().Be(new NodaTime.LocalTime(17, 30));
    }

    [Fact]
    public void Good_settings_pass_the_start_check()
    {
        using var services = new ServiceCollection().AddSharePolicy().BuildServiceProvider();

        var start = () => services.GetRequiredService<IStartupValidator>().Validate();

        start.Should().NotThrow();
    }

    [Fact]
    public void A_malformed_rule_file_stops_the_engine_with_every_error()
    {
        using var files = new TempFiles();
        var path = files.Write("rules/a.yaml", HostingFixtures.RuleFile(1, "a").Replace("Permit", "Allow", StringComparison.Ordinal));
        using var services = new ServiceCollection()
            .AddSharePolicy(options => options.RuleSetDirectory = Path.Combine(files.Root, "rules"))
            .BuildServiceProvider();

        var resolve = () => services.GetRequiredService<SharePolicyEngine>();

        resolve.Should().Throw<RuleSetLoadException>().Which.Errors.Select(error => error.ToString())
            .Should().Equal($"{path}:6:13: 'Allow' is not a valid effect; expected one of: Permit, Override, Forbid, Require.");
    }
}
