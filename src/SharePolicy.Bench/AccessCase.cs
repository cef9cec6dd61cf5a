using SharePolicy.Model;
using SharePolicy.Questions;

namespace SharePolicy.Bench;

/// <summary>One access question: a request and the catalog entry of the resource it names.</summary>
/// <param name="Request">The request.</param>
/// <param name="Entry">The catalog entry of the resource requested.</param>
public sealed record AccessCase(AccessRequest Request, CatalogEntry Entry);
