using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using OneStop.Api.Features.Dossiers;
using OneStop.Api.Infrastructure.Auth;
using OneStop.Api.Infrastructure.Data;

namespace OneStop.Api.Features.Attachments;

/// <summary>
/// <c>POST /files</c> (multipart, field <c>file</c>) stores a dossier scan or an electronic result and answers
/// <c>{ id, sha256, size, contentType, name }</c>; <c>GET /files/{id}</c> downloads it for whoever may read a dossier it
/// is attached to (or, before it is attached, the uploader's unit).
/// </summary>
public static class FileEndpoints
{
    public const string UploadPolicy = "FileUpload";

    public static void AddFileUploadPolicy(Microsoft.AspNetCore.Authorization.AuthorizationOptions o) =>
        o.AddPolicy(UploadPolicy, p => p.RequireRole(Roles.Receptionist, Roles.Specialist, Roles.Leader, Roles.Admin, Roles.DataEntry));

    public static void MapFileEndpoints(this WebApplication app)
    {
        app.MapPost("/files", UploadAsync).RequireAuthorization(UploadPolicy).DisableAntiforgery()
            .WithMetadata(new RequestSizeLimitAttribute(64L * 1024 * 1024)).ExcludeFromDescription();
        app.MapGet("/files/{id}", DownloadAsync).RequireAuthorization(Policies.Authenticated).ExcludeFromDescription();
    }

    private static IResult Problem(int status, string code, string message) =>
        Results.Json(new { code, message }, statusCode: status);

    private static async Task<IResult> UploadAsync(HttpContext http, FileStore store, OneStopDb db, TimeProvider clock, CancellationToken ct)
    {
        // A cookie-authenticated multipart POST is a "simple" cross-site request: require the custom header the SPA sends.
        if (http.Request.Headers.Authorization.Count == 0 && !http.Request.Headers.ContainsKey("GraphQL-Require-Preflight"))
            return Problem(StatusCodes.Status400BadRequest, "PREFLIGHT_REQUIRED", "Send the GraphQL-Require-Preflight header with cookie uploads.");
        if (!http.Request.HasFormContentType)
            return Problem(StatusCodes.Status415UnsupportedMediaType, "MULTIPART_REQUIRED", "Send the file as multipart/form-data in the field `file`.");
        var form = await http.Request.ReadFormAsync(ct);
        if (form.Files.GetFile("file") is not { } file)
            return Problem(StatusCodes.Status400BadRequest, "FILE_MISSING", "The form has no field `file`.");
        if (file.Length > store.MaxBytes)
            return Problem(StatusCodes.Status413PayloadTooLarge, "FILE_TOO_LARGE", $"Files are limited to {store.MaxBytes / (1024 * 1024)} MiB.");

        await using var stream = file.OpenReadStream();
        var header = new byte[FileTypes.HeaderLength];
        var read = await stream.ReadAtLeastAsync(header, header.Length, throwOnEndOfStream: false, ct);
        var name = Path.GetFileName(file.FileName);
        if (FileTypes.Detect(header.AsSpan(0, read), name) is not { } contentType)
            return Problem(StatusCodes.Status415UnsupportedMediaType, "UNSUPPORTED_FILE_TYPE", "Only PDF, JPEG, PNG, DOCX and XLSX files are accepted (checked by content).");
        stream.Position = 0;
        if (await store.WriteTempAsync(stream, ct) is not { } written)
            return Problem(StatusCodes.Status413PayloadTooLarge, "FILE_TOO_LARGE", $"Files are limited to {store.MaxBytes / (1024 * 1024)} MiB.");

        store.Commit(written.TempPath, written.Sha256);
        var viewer = new Viewer(http.User);
        if (!await db.Set<StoredFile>().AnyAsync(f => f.Id == written.Sha256, ct))
        {
            db.Set<StoredFile>().Add(new StoredFile
            {
                Id = written.Sha256,
                Name = name.Length > 255 ? name[..255] : name,
                ContentType = contentType,
                Size = written.Size,
                UploadedBy = viewer.UserId!,
                UploaderUnitPath = viewer.UnitPath,
                UploadedAt = clock.GetUtcNow().UtcDateTime,
            });
            try
            {
                await db.SaveChangesAsync(ct);
            }
            catch (DbUpdateException)
            {
                // The same content uploaded at the same moment by someone else: one row is enough.
            }
        }
        return Results.Json(new { id = written.Sha256, sha256 = written.Sha256, size = written.Size, contentType, name }, statusCode: StatusCodes.Status201Created);
    }

    private static async Task<IResult> DownloadAsync(string id, HttpContext http, FileStore store, OneStopDb db, CancellationToken ct)
    {
        var file = await db.Set<StoredFile>().AsNoTracking().SingleOrDefaultAsync(f => f.Id == id, ct);
        var viewer = new Viewer(http.User);
        if (file is null || !await MayReadAsync(db, viewer, file, ct) || !File.Exists(store.PathOf(file.Id)))
            return Problem(StatusCodes.Status404NotFound, "NOT_FOUND", "No such file, or you may not read it.");
        http.Response.Headers.ETag = $"\"{file.Id}\"";
        http.Response.Headers["X-Content-Type-Options"] = "nosniff";
        return Results.File(store.PathOf(file.Id), file.ContentType, file.Name);
    }

    private static async Task<bool> MayReadAsync(OneStopDb db, Viewer viewer, StoredFile file, CancellationToken ct)
    {
        if (viewer.IsProvinceWide) return true;
        if (file.UploaderUnitPath is { } path && viewer.CanSeeUnitPath(path)) return true;
        var visible = DossierRepository.VisibleTo(db.Dossiers.AsNoTracking(), viewer);
        return await visible.AnyAsync(d => d.ResultFileId == file.Id || db.DossierDocuments.Any(x => x.DossierId == d.Id && x.FileId == file.Id), ct);
    }
}
