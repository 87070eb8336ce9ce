using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Options;
using NodaTime;
using NodaTime.Text;

namespace MuhanRubric.Samples.ScoringService.Storage;

/// <summary>One stored upload of a 시군 for a year: accepted (a version of its rows) or refused (with its problems).</summary>
/// <param name="Year">The evaluation year.</param>
/// <param name="Unit">The 시군's code.</param>
/// <param name="Version">1, 2, 3… per 시군 and year, over every stored upload, accepted or not.</param>
/// <param name="ReceivedAt">When it arrived (ISO 8601, UTC).</param>
/// <param name="FileName">The file name as uploaded (without folders).</param>
/// <param name="Size">Its size in bytes.</param>
/// <param name="Sha256">The SHA-256 of its bytes, in lower-case hex.</param>
/// <param name="Accepted">Whether it was read without problems (only accepted uploads are scored).</param>
/// <param name="Replaces">The accepted version it replaced, if any (that version is kept).</param>
/// <param name="Problems">Why it was refused (empty when accepted).</param>
public sealed record SubmissionRecord(
    int Year, string Unit, int Version, string ReceivedAt, string FileName, long Size, string Sha256, bool Accepted, int? Replaces, IReadOnlyList<ProblemEntry> Problems);

/// <summary>An upload's bytes, with its record.</summary>
public sealed record StoredFile(SubmissionRecord Record, byte[] Content);

/// <summary>What <see cref="SubmissionStore.AddAsync"/> did: stored the upload, or refused it because the sender's idea of the current version is stale.</summary>
public abstract record AddOutcome
{
    public sealed record Stored(SubmissionRecord Record) : AddOutcome;

    public sealed record Stale(int? Current, int? Claimed) : AddOutcome;
}

/// <summary>
/// The years' submissions in one SQLite file (Microsoft.Data.Sqlite; WAL journal). Rows are only ever inserted: a
/// replacement is a new version and the previous one stays, refused uploads are kept with their problems. Thread-safe:
/// writes are serialized in the process and run in immediate transactions.
/// </summary>
public sealed class SubmissionStore
{
    private const string Columns = "year, unit, version, received_at, file_name, size, sha256, accepted, replaces, problems";

    private static readonly JsonSerializerOptions _json = new(JsonSerializerDefaults.Web);

    private readonly string _connectionString;
    private readonly IClock _clock;
    private readonly SemaphoreSlim _writes = new(1, 1);

    public SubmissionStore(IOptions<ServiceOptions> options, IHostEnvironment environment, IClock clock)
    {
        var path = System.IO.Path.GetFullPath(options.Value.DatabasePath, environment.ContentRootPath);
        Path = path;
        _clock = clock;
        _connectionString = new SqliteConnectionStringBuilder { DataSource = path, Mode = SqliteOpenMode.ReadWriteCreate, DefaultTimeout = 30 }.ToString();
    }

    /// <summary>The database file.</summary>
    public string Path { get; }

    /// <summary>Creates the folder, the file and the table when they do not exist yet.</summary>
    public void Initialize()
    {
        if (System.IO.Path.GetDirectoryName(Path) is { Length: > 0 } folder)
        {
            Directory.CreateDirectory(folder);
        }

        using var connection = Open();
        Execute(connection, "PRAGMA journal_mode = WAL;");
        Execute(connection, """
            CREATE TABLE IF NOT EXISTS submissions (
              year        INTEGER NOT NULL,
              unit        TEXT    NOT NULL,
              version     INTEGER NOT NULL,
              received_at TEXT    NOT NULL,
              file_name   TEXT    NOT NULL,
              size        INTEGER NOT NULL,
              sha256      TEXT    NOT NULL,
              accepted    INTEGER NOT NULL,
              replaces    INTEGER NULL,
              problems    TEXT    NOT NULL,
              content     BLOB    NOT NULL,
              PRIMARY KEY (year, unit, version)
            );
            """);
    }

    /// <summary>
    /// Stores an upload as the next version of the 시군's rows for the year. An accepted upload must name the version it
    /// replaces (<paramref name="replaces"/>: null when it is the first): when another upload got in first, nothing
    /// is stored and <see cref="AddOutcome.Stale"/> says what the current version is. A refused upload is always stored.
    /// </summary>
    public async Task<AddOutcome> AddAsync(int year, string unit, string fileName, byte[] content, IReadOnlyList<ProblemEntry> problems, int? replaces, CancellationToken cancellationToken)
    {
        var accepted = problems.Count == 0;
        await _writes.WaitAsync(cancellationToken);
        try
        {
            await using var connection = Open();
            await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(System.Data.IsolationLevel.Serializable, cancellationToken);
            var current = await ScalarAsync(connection, transaction, "SELECT MAX(version) FROM submissions WHERE year = $year AND unit = $unit AND accepted = 1", year, unit, cancellationToken);
            if (accepted && current != replaces)
            {
                return new AddOutcome.Stale(current, replaces);
            }

            var last = await ScalarAsync(connection, transaction, "SELECT MAX(version) FROM submissions WHERE year = $year AND unit = $unit", year, unit, cancellationToken);
            var record = new SubmissionRecord(
                year, unit, (last ?? 0) + 1, InstantPattern.ExtendedIso.Format(_clock.GetCurrentInstant()), fileName, content.LongLength,
                Convert.ToHexStringLower(SHA256.HashData(content)), accepted, accepted ? current : null, problems);
            await using (var insert = connection.CreateCommand())
            {
                insert.Transaction = transaction;
                insert.CommandText = $"INSERT INTO submissions ({Columns}, content) VALUES ($year, $unit, $version, $at, $name, $size, $sha, $accepted, $replaces, $problems, $content)";
                insert.Parameters.AddWithValue("$year", record.Year);
                insert.Parameters.AddWithValue("$unit", record.Unit);
                insert.Parameters.AddWithValue("$version", record.Version);
                insert.Parameters.AddWithValue("$at", record.ReceivedAt);
                insert.Parameters.AddWithValue("$name", record.FileName);
                insert.Parameters.AddWithValue("$size", record.Size);
                insert.Parameters.AddWithValue("$sha", record.Sha256);
                insert.Parameters.AddWithValue("$accepted", record.Accepted ? 1 : 0);
                insert.Parameters.AddWithValue("$replaces", (object?)record.Replaces ?? DBNull.Value);
                insert.Parameters.AddWithValue("$problems", JsonSerializer.Serialize(problems, _json));
                insert.Parameters.AddWithValue("$content", content);
                await insert.ExecuteNonQueryAsync(cancellationToken);
            }

            await transaction.CommitAsync(cancellationToken);
            return new AddOutcome.Stored(record);
        }
        finally
        {
            _writes.Release();
        }
    }

    /// <summary>Every stored upload of a year (of one 시군 when <paramref name="unit"/> is given), by 시군 code and version.</summary>
    public async Task<IReadOnlyList<SubmissionRecord>> ListAsync(int year, string? unit, CancellationToken cancellationToken)
    {
        await using var connection = Open();
        await using var command = connection.CreateCommand();
        command.CommandText = $"SELECT {Columns} FROM submissions WHERE year = $year AND ($unit IS NULL OR unit = $unit) ORDER BY unit, version";
        command.Parameters.AddWithValue("$year", year);
        command.Parameters.AddWithValue("$unit", (object?)unit ?? DBNull.Value);
        var records = new List<SubmissionRecord>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            records.Add(Read(reader));
        }

        return records;
    }

    /// <summary>One stored upload with its bytes, or null.</summary>
    public async Task<StoredFile?> GetAsync(int year, string unit, int version, CancellationToken cancellationToken)
    {
        await using var connection = Open();
        await using var command = connection.CreateCommand();
        command.CommandText = $"SELECT {Columns}, content FROM submissions WHERE year = $year AND unit = $unit AND version = $version";
        command.Parameters.AddWithValue("$year", year);
        command.Parameters.AddWithValue("$unit", unit);
        command.Parameters.AddWithValue("$version", version);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken) ? new StoredFile(Read(reader), (byte[])reader["content"]) : null;
    }

    /// <summary>The current (latest accepted) upload of every 시군 that has one for the year, with its bytes.</summary>
    public async Task<IReadOnlyList<StoredFile>> CurrentAsync(int year, CancellationToken cancellationToken)
    {
        await using var connection = Open();
        await using var command = connection.CreateCommand();
        command.CommandText = $"""
            SELECT {Columns}, content FROM submissions s
            WHERE year = $year AND accepted = 1
              AND version = (SELECT MAX(version) FROM submissions c WHERE c.year = s.year AND c.unit = s.unit AND c.accepted = 1)
            ORDER BY unit
            """;
        command.Parameters.AddWithValue("$year", year);
        var files = new List<StoredFile>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            files.Add(new StoredFile(Read(reader), (byte[])reader["content"]));
        }

        return files;
    }

    private SqliteConnection Open()
    {
        var connection = new SqliteConnection(_connectionString);
        connection.Open();
        return connection;
    }

    private static void Execute(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    private static async Task<int?> ScalarAsync(SqliteConnection connection, SqliteTransaction transaction, string sql, int year, string unit, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        command.Parameters.AddWithValue("$year", year);
        command.Parameters.AddWithValue("$unit", unit);
        return await command.ExecuteScalarAsync(cancellationToken) is long value ? checked((int)value) : null;
    }

    private static SubmissionRecord Read(SqliteDataReader reader) => new(
        reader.GetInt32(0), reader.GetString(1), reader.GetInt32(2), reader.GetString(3), reader.GetString(4), reader.GetInt64(5), reader.GetString(6),
        reader.GetInt64(7) == 1, reader.IsDBNull(8) ? null : reader.GetInt32(8), JsonSerializer.Deserialize<List<ProblemEntry>>(reader.GetString(9), _json) ?? []);
}
