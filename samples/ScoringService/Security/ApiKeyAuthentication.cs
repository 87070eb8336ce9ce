using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;
using MuhanRubric.Units;

namespace MuhanRubric.Samples.ScoringService.Security;

/// <summary>
/// Keys from the configuration (<see cref="ServiceOptions.EvaluatorKey"/>, <see cref="ServiceOptions.UnitKeys"/>),
/// sent as <c>Authorization: Bearer &lt;key&gt;</c> or <c>X-Api-Key: &lt;key&gt;</c>. A key is compared with every
/// configured key in constant time (SHA-256 digests, <see cref="CryptographicOperations.FixedTimeEquals"/>, no early
/// exit), and never logged or returned.
/// </summary>
internal sealed class ApiKeyAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder, KeyRing keys)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    /// <summary>The scheme's name.</summary>
    public const string SchemeName = "ApiKey";

    /// <summary>The header that may carry the key instead of <c>Authorization</c>.</summary>
    public const string KeyHeader = "X-Api-Key";

    protected override Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var presented = PresentedKey(Request);
        if (presented is null)
        {
            return Task.FromResult(AuthenticateResult.NoResult());
        }

        var principal = keys.Find(presented);
        return Task.FromResult(principal is null
            ? AuthenticateResult.Fail("The key matches no configured principal.")
            : AuthenticateResult.Success(new AuthenticationTicket(principal.ToClaimsPrincipal(SchemeName), SchemeName)));
    }

    protected override Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        Response.Headers.WWWAuthenticate = "Bearer";
        return base.HandleChallengeAsync(properties);
    }

    private static string? PresentedKey(HttpRequest request)
    {
        if (request.Headers.TryGetValue(KeyHeader, out var header) && header.Count == 1 && !string.IsNullOrEmpty(header[0]))
        {
            return header[0];
        }

        var authorization = request.Headers.Authorization.ToString();
        const string bearer = "Bearer ";
        return authorization.StartsWith(bearer, StringComparison.OrdinalIgnoreCase) && authorization.Length > bearer.Length
            ? authorization[bearer.Length..].Trim()
            : null;
    }
}

/// <summary>Who a key belongs to: the evaluator, or one 시군.</summary>
/// <param name="Unit">The 시군, or null for the evaluator.</param>
internal sealed record Principal(Municipality? Unit)
{
    public const string EvaluatorRole = "evaluator";

    public const string UnitRole = "unit";

    public const string UnitClaim = "unit";

    public bool IsEvaluator => Unit is null;

    public ClaimsPrincipal ToClaimsPrincipal(string scheme)
    {
        var claims = Unit is null
            ? new[] { new Claim(ClaimTypes.Name, EvaluatorRole), new Claim(ClaimTypes.Role, EvaluatorRole) }
            : [new Claim(ClaimTypes.Name, Unit.Code), new Claim(ClaimTypes.Role, UnitRole), new Claim(UnitClaim, Unit.Code)];
        return new ClaimsPrincipal(new ClaimsIdentity(claims, scheme));
    }

    /// <summary>The principal an authenticated user is, or null for an anonymous one.</summary>
    public static Principal? From(ClaimsPrincipal user)
    {
        if (user.Identity?.IsAuthenticated != true)
        {
            return null;
        }

        if (user.IsInRole(EvaluatorRole))
        {
            return new Principal((Municipality?)null);
        }

        return user.FindFirst(UnitClaim)?.Value is { } code && MunicipalityCatalog.Gyeonggi.TryFind(code, out var unit) ? new Principal(unit) : null;
    }
}

/// <summary>The configured keys, as SHA-256 digests (the keys themselves are not kept).</summary>
internal sealed class KeyRing
{
    private readonly (byte[] Digest, Principal Principal)[] _entries;

    public KeyRing(IOptions<ServiceOptions> options)
    {
        var settings = options.Value;
        var entries = new List<(byte[], Principal)>();
        if (!string.IsNullOrWhiteSpace(settings.EvaluatorKey))
        {
            entries.Add((Digest(settings.EvaluatorKey.Trim()), new Principal((Municipality?)null)));
        }

        foreach (var (unit, key) in settings.UnitKeys)
        {
            entries.Add((Digest(key.Trim()), new Principal(MunicipalityCatalog.Gyeonggi.Find(unit))));
        }

        _entries = [.. entries];
    }

    /// <summary>Whether any key is configured (without keys, every endpoint that needs one answers 401).</summary>
    public bool IsEmpty => _entries.Length == 0;

    /// <summary>The principal whose key this is, or null. Every entry is compared, whether or not one matched.</summary>
    public Principal? Find(string presented)
    {
        var digest = Digest(presented.Trim());
        Principal? found = null;
        foreach (var (expected, principal) in _entries)
        {
            if (CryptographicOperations.FixedTimeEquals(digest, expected))
            {
                found = principal;
            }
        }

        return found;
    }

    private static byte[] Digest(string key) => SHA256.HashData(Encoding.UTF8.GetBytes(key));
}
