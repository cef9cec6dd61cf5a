namespace SharePolicy.Samples.WebApi.Contracts;

/// <summary>POST /uses: what a provider granted, and a use to check against it (Art. 14).</summary>
public sealed record UseCheckBody(GrantBody Grant, UseBody Use);
