using System.IO.Compression;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Json.Schema;
using MuhanRubric.Editions.Y2016;
using MuhanRubric.Import;
using MuhanRubric.Reporting.Exports;
using MuhanRubric.Rubrics;
using MuhanRubric.Scoring;

namespace MuhanRubric.ScoringService.Tests;

/// <summary>POST /api/score: stateless scoring of an uploaded file, every format and every kind of bad input.</summary>
public sealed class ScoreEndpointTests(SharedService factory) : IClassFixture<SharedService>
{
    private static readonly Lazy<JsonSchema> _schema = new(() => JsonSchema.FromText(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "schema", "result.schema.json"))));

    private readonly HttpClient _client = factory.CreateClient();

    /// <summary>What the library gives for the same file: the service must answer exactly this.</summary>
    public static string LibraryJson(byte[] xlsx, string fileName = "filled-2016.xlsx", Rubric? rubric = null)
    {
        using var stream = new MemoryStream(xlsx);
        return ResultJson.Serialize((rubric ?? Rubrics2016.Reference).Score(MeasurementImport.ReadXlsx(stream, fileName)));
    }

    [Fact]
    public async Task Score_FilledTemplate_TheLibrarysResultJsonValidAgainstTheSchema()
    {
        var response = await Http.ScoreAsync(_client);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        var json = await response.Content.ReadAsStringAsync();
        Assert.Equal(LibraryJson(TestFiles.FilledXlsx), json);
        using var document = JsonDocument.Parse(json);
        Assert.True(_schema.Value.Evaluate(document.RootElement).IsValid);
        Assert.Equal(31, document.RootElement.GetProperty("units").GetArrayLength());
    }

    [Fact]
    public async Task Score_RubricFileAsPart_SameAsByName()
    {
        var form = Http.Form(TestFiles.FilledXlsx, "filled-2016.xlsx");
        form.Add(new ByteArrayContent(Encoding.UTF8.GetBytes(RubricJson.Serialize(Rubrics2016.AsPublished))), "rubric", "published.json");

        var response = await _client.PostAsync("/api/score", form);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(LibraryJson(TestFiles.FilledXlsx, rubric: Rubrics2016.AsPublished), await response.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData("?format=html", null)]
    [InlineData("", "text/html")]
    [InlineData("", "text/html, application/xhtml+xml;q=0.9")]
    public async Task Score_Html_TheKoreanReport(string query, string? accept)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/score" + query) { Content = Http.Form(TestFiles.FilledXlsx, "filled.xlsx", ("rubric", "reference-2016")) };
        if (accept is not null)
        {
            request.Headers.Accept.ParseAdd(accept);
        }

        var response = await _client.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("<html lang=\"ko\">", html, StringComparison.Ordinal);
        Assert.Contains("순위와 영역별 소계", html, StringComparison.Ordinal);
        Assert.Equal(31, html.Split("<article class=\"unit-page\"").Length - 1);
        Assert.DoesNotContain("id=\"uncertainty\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Score_HtmlEnglishWithSamples_UncertaintySection()
    {
        var response = await Http.ScoreAsync(_client, "?format=html&lang=en", fields: [("samples", "200")]);

        var html = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("<html lang=\"en\">", html, StringComparison.Ordinal);
        Assert.Contains("id=\"uncertainty\"", html, StringComparison.Ordinal);
        Assert.Contains("200 samples", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("?format=xlsx", null)]
    [InlineData("", Http.XlsxMediaType)]
    public async Task Score_Xlsx_AWorkbook(string query, string? accept)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/score" + query) { Content = Http.Form(TestFiles.FilledXlsx, "filled.xlsx", ("rubric", "reference-2016")) };
        if (accept is not null)
        {
            request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue(accept));
        }

        var response = await _client.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(Http.XlsxMediaType, response.Content.Headers.ContentType?.MediaType);
        using var zip = new ZipArchive(await response.Content.ReadAsStreamAsync());
        Assert.Contains(zip.Entries, e => e.FullName == "xl/workbook.xml");
    }

    [Fact]
    public async Task Score_AcceptsNothingItMakes_406Problem()
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/score") { Content = Http.Form(TestFiles.FilledXlsx, "filled.xlsx", ("rubric", "reference-2016")) };
        request.Headers.Accept.ParseAdd("image/png");

        await Http.ProblemAsync(await _client.SendAsync(request), HttpStatusCode.NotAcceptable);
    }

    [Fact]
    public async Task Score_BadCellInWorkbook_400NamingFileSheetCell시군AndMeasure()
    {
        // Row 5 is 수원시 (after the header and three comment rows); column C its first measure.
        var workbook = Workbooks.WithText(TestFiles.FilledXlsx, "Data", "C5", "많음");

        var problem = await Http.ProblemAsync(await Http.ScoreAsync(_client, file: workbook, fileName: "2017-수원.xlsx"), HttpStatusCode.BadRequest);

        var entry = Assert.Single(problem.GetProperty("problems").EnumerateArray());
        Assert.Equal("2017-수원.xlsx", entry.Text("file"));
        Assert.Equal("Data", entry.Text("sheet"));
        Assert.Equal("C5", entry.Text("cell"));
        Assert.Equal("Suwon", entry.Text("unit"));
        Assert.Equal("ExternalSupportSessions", entry.Text("measure"));
        Assert.Contains("많음", entry.Text("message"), StringComparison.Ordinal);
        Assert.Contains("2017-수원.xlsx: sheet 'Data', cell C5, 시군 Suwon, measure ExternalSupportSessions", entry.Text("text"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Score_CsvWithTwoProblems_EveryProblemWithItsLine()
    {
        var csv = TestFiles.FilledCsv.Replace("Suwon,수원시,45,", "Suwon,수원시,-3,", StringComparison.Ordinal)
            .Replace("Osan,오산시,", "Osan,수원시,", StringComparison.Ordinal);

        var problem = await Http.ProblemAsync(await _client.PostAsync("/api/score", Http.Form(csv, "year.csv", ("rubric", "reference-2016"))), HttpStatusCode.BadRequest);

        var entries = problem.GetProperty("problems").EnumerateArray().ToList();
        Assert.Equal(2, entries.Count);
        Assert.Equal(5, entries[0].GetProperty("line").GetInt32());
        Assert.Equal("Suwon", entries[0].Text("unit"));
        Assert.Equal("ExternalSupportSessions", entries[0].Text("measure"));
        Assert.Equal("Osan", entries[1].Text("unit"));
        Assert.All(entries, e => Assert.Equal("year.csv", e.Text("file")));
    }

    [Fact]
    public async Task Score_NotASubmissionFile_400NamingTheFile()
    {
        var problem = await Http.ProblemAsync(await Http.ScoreAsync(_client, file: [1, 2, 3], fileName: "notes.txt"), HttpStatusCode.BadRequest);

        var entry = Assert.Single(problem.GetProperty("problems").EnumerateArray());
        Assert.Equal("notes.txt", entry.Text("file"));
        Assert.Contains(".csv, .xlsx, .json", entry.Text("message"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Score_CorruptWorkbook_400()
    {
        var problem = await Http.ProblemAsync(await Http.ScoreAsync(_client, file: Encoding.UTF8.GetBytes("not a zip"), fileName: "broken.xlsx"), HttpStatusCode.BadRequest);

        Assert.Equal("broken.xlsx", problem.GetProperty("problems")[0].Text("file"));
    }

    [Fact]
    public async Task Score_InvalidRubricFile_400WithItsProblems()
    {
        var form = Http.Form(TestFiles.FilledXlsx, "filled.xlsx");
        form.Add(new ByteArrayContent(Encoding.UTF8.GetBytes("""{ "format": "muhanrubric-rubric", "version": 99 }""")), "rubric", "mine.json");

        var problem = await Http.ProblemAsync(await _client.PostAsync("/api/score", form), HttpStatusCode.BadRequest);

        Assert.Equal("Invalid rubric file", problem.Text("title"));
        Assert.All(problem.GetProperty("problems").EnumerateArray(), p => Assert.Equal("mine.json", p.Text("file")));
    }

    [Fact]
    public async Task Score_RubricThatDoesNotValidate_400WithIndicatorCodes()
    {
        var json = RubricJson.Serialize(Rubrics2016.Reference).Replace("\"points\": 10", "\"points\": 11", StringComparison.Ordinal);
        var form = Http.Form(TestFiles.FilledXlsx, "filled.xlsx");
        form.Add(new ByteArrayContent(Encoding.UTF8.GetBytes(json)), "rubric", "bent.json");

        var response = await _client.PostAsync("/api/score", form);

        var problem = await Http.ProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.StartsWith("Invalid rubric", problem.Text("title"), StringComparison.Ordinal);
        Assert.NotEmpty(problem.GetProperty("problems").EnumerateArray());
    }

    [Theory]
    [InlineData("rubric", "reference-2017", "Unknown rubric")]
    [InlineData("format", "pdf", "Unknown format")]
    [InlineData("lang", "fr", "Unknown language")]
    [InlineData("samples", "10001", "Too many samples")]
    [InlineData("samples", "-1", "Too many samples")]
    [InlineData("samples", "100", "Samples need a report")]
    public async Task Score_BadField_400Problem(string field, string value, string title)
    {
        var form = Http.Form(TestFiles.FilledXlsx, "filled.xlsx", field == "rubric" ? [(field, value)] : [("rubric", "reference-2016"), (field, value)]);

        var problem = await Http.ProblemAsync(await _client.PostAsync("/api/score", form), HttpStatusCode.BadRequest);

        Assert.Equal(title, problem.Text("title"));
    }

    [Fact]
    public async Task Score_NoRubric_400()
    {
        var problem = await Http.ProblemAsync(await _client.PostAsync("/api/score", Http.Form(TestFiles.FilledXlsx, "filled.xlsx")), HttpStatusCode.BadRequest);

        Assert.Equal("No rubric", problem.Text("title"));
    }

    [Fact]
    public async Task Score_NoFile_400()
    {
        var problem = await Http.ProblemAsync(await _client.PostAsync("/api/score", Http.Form((byte[]?)null, "none", ("rubric", "reference-2016"))), HttpStatusCode.BadRequest);

        Assert.Equal("No file", problem.Text("title"));
    }

    [Fact]
    public async Task Score_NotAForm_415Problem()
    {
        var response = await _client.PostAsync("/api/score", new StringContent("""{"rubric":"reference-2016"}""", Encoding.UTF8, "application/json"));

        await Http.ProblemAsync(response, HttpStatusCode.UnsupportedMediaType);
    }

    [Fact]
    public async Task Score_FileWithout시군_400NamingTheAbsent시군()
    {
        var problem = await Http.ProblemAsync(await _client.PostAsync("/api/score", Http.Form(TestFiles.RowsOf(Units.Municipality.Suwon), "suwon.csv", ("rubric", "reference-2016"))), HttpStatusCode.BadRequest);

        Assert.Contains(problem.GetProperty("problems").EnumerateArray(), p => p.Text("message")!.Contains("Seongnam", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Score_OversizedWithLength_413BeforeReading()
    {
        var big = new byte[ServiceFactory.UploadLimit + 1];

        var problem = await Http.ProblemAsync(await Http.ScoreAsync(_client, file: big, fileName: "big.xlsx"), HttpStatusCode.RequestEntityTooLarge);

        Assert.Contains("1048576 bytes", problem.Text("detail"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Score_OversizedChunked_413()
    {
        var content = new StreamContent(new ChunkedBody(ServiceFactory.UploadLimit * 2));
        content.Headers.ContentType = MediaTypeHeaderValue.Parse("multipart/form-data; boundary=x");
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/score") { Content = content };
        request.Headers.TransferEncodingChunked = true;

        var response = await _client.SendAsync(request);

        await Http.ProblemAsync(response, HttpStatusCode.RequestEntityTooLarge);
    }

    [Fact]
    public async Task Score_ShippedRubricThatCannotScoreTheData_400()
    {
        // A file with one measure: the rubric reads others the data does not hold.
        var csv = "unit,ExternalSupportSessions\r\n" + string.Concat(Units.MunicipalityCatalog.Gyeonggi.Select(u => $"{u.Code},1\r\n"));

        var problem = await Http.ProblemAsync(await _client.PostAsync("/api/score", Http.Form(csv, "one.csv", ("rubric", "reference-2016"))), HttpStatusCode.BadRequest);

        Assert.Equal("Cannot score", problem.Text("title"));
    }

    /// <summary>A body of unknown length (no Content-Length), as a client streaming a file sends it.</summary>
    private sealed class ChunkedBody(long length) : Stream
    {
        private long _left = length;

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count)
        {
            var n = (int)Math.Min(count, _left);
            Array.Fill(buffer, (byte)'a', offset, n);
            _left -= n;
            return n;
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
