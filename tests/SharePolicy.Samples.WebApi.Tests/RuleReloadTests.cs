using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace SharePolicy.Samples.WebApi.Tests;

/// <summary>
/// POST /rules/reload ends whatever an analyst leaves in the rule directory: a pipe named like a rule file is a 422
/// naming the file within the directory, and the platform keeps deciding with the rules it had.
/// </summary>
public sealed class RuleReloadTests(RuleReloadTests.OwnRules server) : IClassFixture<RuleReloadTests.OwnRules>
{
    private readonly HttpClient _client = server.CreateClient();

    [Fact]
    public async Task A_pipe_in_the_rule_directory_is_a_422_naming_it_not_a_hang()
    {
        var pipe = Path.Combine(server.Rules, "x.yaml");
        using (var mkfifo = Process.Start(new ProcessStartInfo("mkfifo") { ArgumentList = { pipe }, UseShellExecute = false })!)
        {
            await mkfifo.WaitForExitAsync();
        }

        try
        {
            using var patience = new CancellationTokenSource(TimeSpan.FromSeconds(20));
            var response = await _client.PostAsync(new Uri("/rules/reload", UriKind.Relative), content: null, patience.Token);

            response.StatusCode.Should().Be(HttpStatusCode.UnprocessableEntity);
            var detail = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("detail").GetString();
            detail.Should().Be("x.yaml:1:1: is empty, or is not a regular file (a pipe, socket or device); a data file is a regular file of text.");
        }
        finally
        {
            File.Delete(pipe);
        }

        (await _client.PostAsync(new Uri("/rules/reload", UriKind.Relative), content: null)).StatusCode.Should().Be(HttpStatusCode.OK);
    }

    [Fact]
    public async Task A_reply_is_judged_by_the_deadline_the_applicant_was_told_whatever_a_reload_brings()
    {
        var created = JsonDocument.Parse(await (await _client.PostAsJsonAsync("/access-requests", Bodies.Application("Conditional"))).Content.ReadAsStringAsync()).RootElement;
        var access = Path.Combine(server.Rules, "cn", "national", "measures-2016", "access.yaml");
        var rules = await File.ReadAllTextAsync(access);
        try
        {
            // The Measures' rules now give the provider 5 working days, to 2024-10-11; the applicant was told 10, to 2024-10-17.
            await File.WriteAllTextAsync(access, rules.Replace("deadline: { workingDays: 10 }", "deadline: { workingDays: 5 }", StringComparison.Ordinal));
            (await _client.PostAsync(new Uri("/rules/reload", UriKind.Relative), content: null)).StatusCode.Should().Be(HttpStatusCode.OK);

            var response = await _client.PostAsJsonAsync("/replies", new
            {
                applicationId = created.GetProperty("id").GetString(),
                approved = true,
                repliedAt = "2024-10-15T10:00:00+08:00",
                scope = new[] { "plate" },
                purposeOfUse = "DataVerification",
                method = "OnlineQuery",
            });

            var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
            body.GetProperty("deadline").GetProperty("dueDate").GetString().Should().Be("2024-10-17");
            body.GetProperty("timeliness").GetString().Should().Be("Met");
            body.GetProperty("review").GetProperty("outcome").GetString().Should().Be("Sound");
            body.GetProperty("review").GetProperty("firedRules").EnumerateArray().Select(rule => rule.GetString()).Should().Equal("reply.sound");
        }
        finally
        {
            await File.WriteAllTextAsync(access, rules);
            (await _client.PostAsync(new Uri("/rules/reload", UriKind.Relative), content: null)).StatusCode.Should().Be(HttpStatusCode.OK);
        }
    }

    /// <summary>The sample deciding with a copy of the default rule files, each rule set in its folder, in a directory of its own.</summary>
    public sealed class OwnRules : SampleServer
    {
        public OwnRules()
            : this(Directory.CreateTempSubdirectory("sharepolicy-web-rules-").FullName)
        {
        }

        private OwnRules(string rules)
            : base(new Dictionary<string, string> { ["SharePolicy:RuleSetDirectory"] = rules })
        {
            Rules = rules;
            foreach (var file in SharePolicy.Compilation.RuleSetLoader.ReadDefaultFiles())
            {
                var path = Path.Combine(rules, file.Path["rules/".Length..]);
                Directory.CreateDirectory(Path.GetDirectoryName(path)!);
                File.WriteAllText(path, file.Content);
            }
        }

        public string Rules { get; }

        protected override void Dispose(bool disposing)
        {
            base.Dispose(disposing);
            if (Directory.Exists(Rules)) // the factory is disposed twice: synchronously and asynchronously
            {
                Directory.Delete(Rules, recursive: true);
            }
        }
    }
}
