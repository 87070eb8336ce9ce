namespace MuhanRubric.Samples.ScoringService.Endpoints;

/// <summary>The form of <c>POST /api/score</c> (documents the request body; the endpoint reads the form itself).</summary>
public sealed class ScoreForm
{
    /// <summary>The submission: a filled template (.xlsx), a CSV file or a JSON file in the measurement format.</summary>
    public IFormFile? File { get; set; }

    /// <summary>A shipped rubric's name (reference-2016, published-2016); or send a rubric JSON file as the part 'rubric'.</summary>
    public string? Rubric { get; set; }

    /// <summary>json (default, docs/result-format.md), html or xlsx (the report); or the Accept header.</summary>
    public string? Format { get; set; }

    /// <summary>The report's language: ko (default) or en.</summary>
    public string? Lang { get; set; }

    /// <summary>Monte Carlo samples for the report's uncertainty section: 0 (default) to the configured maximum.</summary>
    public int? Samples { get; set; }
}

/// <summary>The form of a 시군's upload.</summary>
public sealed class SubmissionForm
{
    /// <summary>The 시군's rows: its template (.xlsx), a CSV file or a JSON file.</summary>
    public IFormFile? File { get; set; }

    /// <summary>The version this upload replaces (the current one); leave out for the first.</summary>
    public int? Replaces { get; set; }
}

/// <summary>The optional form of <c>POST /api/years/{year}/score</c> (the fields may be in the query instead).</summary>
public sealed class YearScoreForm
{
    /// <summary>A shipped rubric's name; or send a rubric JSON file as the part 'rubric'.</summary>
    public string? Rubric { get; set; }

    /// <summary>json (default), html or xlsx; or the Accept header.</summary>
    public string? Format { get; set; }

    /// <summary>ko (default) or en.</summary>
    public string? Lang { get; set; }

    /// <summary>Monte Carlo samples for the report: 0 (default) to the configured maximum.</summary>
    public int? Samples { get; set; }
}
