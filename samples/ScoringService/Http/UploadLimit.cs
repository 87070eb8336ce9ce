using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Options;

namespace MuhanRubric.Samples.ScoringService;

/// <summary>
/// Enforces <see cref="ServiceOptions.MaxUploadBytes"/> on every request body before an endpoint sees it: a declared
/// <c>Content-Length</c> over the limit is refused at once (nothing is read); a body without one is read up to one byte
/// past the limit and refused there. A body within the limit is buffered in memory for the endpoint. The refusal is
/// 413 with problem details. Kestrel's own limit is set to the same number.
/// </summary>
internal sealed class UploadLimit(RequestDelegate next, IOptions<ServiceOptions> options)
{
    private readonly long _limit = options.Value.MaxUploadBytes;

    public async Task InvokeAsync(HttpContext context)
    {
        var request = context.Request;
        if (request.ContentLength is 0 || (request.ContentLength is null && !HasBody(context)))
        {
            await next(context);
            return;
        }

        if (request.ContentLength > _limit)
        {
            await RefuseAsync(context);
            return;
        }

        if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } kestrel)
        {
            kestrel.MaxRequestBodySize = _limit;
        }

        var buffer = new MemoryStream();
        try
        {
            var chunk = new byte[81920];
            int read;
            while ((read = await request.Body.ReadAsync(chunk, context.RequestAborted)) > 0)
            {
                if (buffer.Length + read > _limit)
                {
                    await buffer.DisposeAsync();
                    await RefuseAsync(context);
                    return;
                }

                buffer.Write(chunk, 0, read);
            }
        }
        catch (BadHttpRequestException ex) when (ex.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            await buffer.DisposeAsync();
            await RefuseAsync(context);
            return;
        }

        buffer.Position = 0;
        request.Body = buffer;
        request.ContentLength = buffer.Length;
        context.Response.RegisterForDisposeAsync(buffer);
        await next(context);
    }

    private static bool HasBody(HttpContext context) =>
        context.Features.Get<IHttpRequestBodyDetectionFeature>()?.CanHaveBody ?? true;

    private Task RefuseAsync(HttpContext context)
    {
        // Do not keep reading what the client still sends: close the connection after the answer.
        context.Response.Headers.Connection = "close";
        return Problems.TooLarge(_limit).ExecuteAsync(context);
    }
}
