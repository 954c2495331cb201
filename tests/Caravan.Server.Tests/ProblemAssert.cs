using System.Net;
using System.Text.Json;

namespace Caravan.Server.Tests;

/// <summary>Checks RFC 7807 problem responses.</summary>
public static class ProblemAssert
{
    /// <summary>Asserts <paramref name="response"/> is a problem with <paramref name="status"/>; returns its body.</summary>
    public static async Task<JsonElement> IsProblem(HttpResponseMessage response, HttpStatusCode status)
    {
        Assert.Equal(status, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var text = await response.Content.ReadAsStringAsync();
        Assert.DoesNotContain("   at ", text, StringComparison.Ordinal); // no stack trace
        var body = JsonDocument.Parse(text).RootElement;
        Assert.Equal((int)status, body.GetProperty("status").GetInt32());
        return body;
    }

    /// <summary>Asserts a 400 validation problem whose errors name <paramref name="field"/>; returns the messages for it.</summary>
    public static async Task<string> NamesField(HttpResponseMessage response, string field)
    {
        var body = await IsProblem(response, HttpStatusCode.BadRequest);
        Assert.True(body.GetProperty("errors").TryGetProperty(field, out var messages), $"errors should name '{field}': {body}");
        return string.Join(" | ", messages.EnumerateArray().Select(m => m.GetString()));
    }

    /// <summary>Asserts a problem of <paramref name="status"/> whose <c>field</c> extension is <paramref name="field"/>.</summary>
    public static async Task<JsonElement> IsProblemFor(HttpResponseMessage response, HttpStatusCode status, string field)
    {
        var body = await IsProblem(response, status);
        Assert.Equal(field, body.GetProperty("field").GetString());
        return body;
    }
}
