using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;

namespace MuhanRubric.ScoringService.Tests;

/// <summary>Requests as a client sends them, and the problem details the service answers with.</summary>
public static class Http
{
    public const string XlsxMediaType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /// <summary>A multipart form: the file part <c>file</c> and the given text fields.</summary>
    public static MultipartFormDataContent Form(byte[]? file, string fileName, params (string Name, string Value)[] fields)
    {
        var form = new MultipartFormDataContent();
        if (file is not null)
        {
            var part = new ByteArrayContent(file);
            part.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
            form.Add(part, "file", fileName);
        }

        foreach (var (name, value) in fields)
        {
            form.Add(new StringContent(value, Encoding.UTF8), name);
        }

        return form;
    }

    public static MultipartFormDataContent Form(string csv, string fileName, params (string Name, string Value)[] fields) =>
        Form(Encoding.UTF8.GetBytes(csv), fileName, fields);

    /// <summary>POST /api/score with the filled 2016 template and a rubric name.</summary>
    public static Task<HttpResponseMessage> ScoreAsync(HttpClient client, string query = "", byte[]? file = null, string fileName = "filled-2016.xlsx", params (string Name, string Value)[] fields) =>
        client.PostAsync("/api/score" + query, Form(file ?? TestFiles.FilledXlsx, fileName, [("rubric", "reference-2016"), .. fields]));

    /// <summary>A 시군 uploads rows for a year.</summary>
    public static Task<HttpResponseMessage> SubmitAsync(HttpClient client, int year, string unit, string csv, string fileName = "rows.csv", int? replaces = null) =>
        client.PostAsync($"/api/years/{year}/units/{unit}/submissions",
            Form(csv, fileName, replaces is { } r ? [("replaces", r.ToString(System.Globalization.CultureInfo.InvariantCulture))] : []));

    /// <summary>Asserts the status and that the body is problem details with that status; returns the body.</summary>
    public static async Task<JsonElement> ProblemAsync(HttpResponseMessage response, HttpStatusCode status)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == status, $"expected {(int)status}, got {(int)response.StatusCode}: {body}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        NoLeak(body);
        using var document = JsonDocument.Parse(body);
        var problem = document.RootElement.Clone();
        Assert.Equal((int)status, problem.GetProperty("status").GetInt32());
        Assert.False(string.IsNullOrEmpty(problem.GetProperty("title").GetString()));
        return problem;
    }

    /// <summary>Nothing of an exception or a key in a body.</summary>
    public static void NoLeak(string body)
    {
        foreach (var sign in new[] { "   at ", "Exception", "StackTrace", "stackTrace", "key-000000", ".cs:line" })
        {
            Assert.DoesNotContain(sign, body, StringComparison.Ordinal);
        }
    }

    public static string? Text(this JsonElement element, string property) =>
        element.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    public static async Task<JsonElement> JsonAsync(HttpResponseMessage response, HttpStatusCode status = HttpStatusCode.OK)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == status, $"expected {(int)status}, got {(int)response.StatusCode}: {body}");
        using var document = JsonDocument.Parse(body);
        return document.RootElement.Clone();
    }
}
