namespace SharePolicy.Samples.WebApi.Contracts;

/// <summary>POST /access-requests: the request, and the catalog entry of the resource it asks for.</summary>
public sealed record AccessApplicationBody(AccessRequestBody Request, CatalogEntryBody Entry);
