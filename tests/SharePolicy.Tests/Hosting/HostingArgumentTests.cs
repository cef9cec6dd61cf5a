using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using NodaTime;
using SharePolicy.Hosting;

namespace SharePolicy.Tests.Hosting;

public class HostingArgumentTests
{
    [Fact]
    public async Task CreateAsync_refuses_null_options_before_it_looks_at_the_clock()
    {
        var create = () => SharePolicyEngineProvider.CreateAsync(null!, null!);

        (await create.Should().ThrowAsync<ArgumentNullException>()).Which.ParamName.Should().Be("options");
    }

    [Fact]
    public async Task CreateAsync_refuses_a_null_clock_before_it_checks_the_options()
    {
        var create = () => SharePolicyEngineProvider.CreateAsync(new SharePolicyOptions { TimeZoneId = "Mars/Olympus" }, null!);

        (await create.Should().ThrowAsync<ArgumentNullException>()).Which.ParamName.Should().Be("clock");
    }

    [Fact]
    public void The_options_validator_refuses_null_options()
    {
        var validate = () => new SharePolicyOptionsValidator().Validate(Options.DefaultName, null!);

        validate.Should().Throw<ArgumentNullException>().Which.ParamName.Should().Be("options");
    }

    [Fact]
    public void A_blank_rule_set_directory_fails_naming_RuleSetDirectory_and_the_embedded_rule_set()
    {
        var result = new SharePolicyOptionsValidator().Validate(Options.DefaultName, new SharePolicyOptions { RuleSetDirectory = " " });

        result.Failed.Should().BeTrue();
        result.Failures.Should().Equal("SharePolicy:RuleSetDirectory ' ' is empty; leave it out for the embedded rule library.");
    }

    [Fact]
    public async Task CreateAsync_with_an_empty_rule_set_directory_fails_naming_RuleSetDirectory()
    {
        var create = () => SharePolicyEngineProvider.CreateAsync(new SharePolicyOptions { RuleSetDirectory = string.Empty }, SystemClock.Instance);

        (await create.Should().ThrowAsync<OptionsValidationException>()).Which.Failures.Should().Equal(
            "SharePolicy:RuleSetDirectory '' is empty; leave it out for the embedded rule library.");
    }

    [Fact]
    public void AddSharePolicy_refuses_null_services()
    {
        var add = () => SharePolicyServiceCollectionExtensions.AddSharePolicy(null!);

        add.Should().Throw<ArgumentNullException>().Which.ParamName.Should().Be("services");
    }

    [Fact]
    public void AddSharePolicy_with_configuration_refuses_null_services_and_null_configuration()
    {
        var configuration = new ConfigurationBuilder().Build();

        var withoutServices = () => SharePolicyServiceCollectionExtensions.AddSharePolicy(null!, configuration);
        var withoutConfiguration = () => new ServiceCollection().AddSharePolicy((IConfiguration)null!);

        withoutServices.Should().Throw<ArgumentNullException>().Which.ParamName.Should().Be("services");
        withoutConfiguration.Should().Throw<ArgumentNullException>().Which.ParamName.Should().Be("configuration");
    }
}
