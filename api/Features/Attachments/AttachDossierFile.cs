using GraphQL;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using OneStop.Api.Features.Dossiers;
using OneStop.Api.Infrastructure.Auth;
using OneStop.Api.Infrastructure.Data;
using OneStop.Api.Infrastructure.Errors;
using OneStop.Api.Infrastructure.GraphQL;

namespace OneStop.Api.Features.Attachments;

public sealed record AttachDossierFileInput(string Code, int ExpectedVersion, string FileId, int? DocumentOrdinal);

public sealed class AttachDossierFileInputGraphType : InputObjectGraphType<AttachDossierFileInput>
{
    public AttachDossierFileInputGraphType()
    {
        Name = "AttachDossierFileInput";
        Field(i => i.Code);
        Field(i => i.ExpectedVersion).Description("The `version` the client read; a mismatch gives ConcurrencyConflictError.");
        Field(i => i.FileId).Description("The `id` returned by POST /files.");
        Field(i => i.DocumentOrdinal, nullable: true)
            .Description("The filed component the scan belongs to (it then counts as digitised); omit it to attach the electronic result.");
    }
}

public sealed class AttachDossierFilePayloadGraphType() : DossierPayloadGraphType("AttachDossierFilePayload");

public static class AttachDossierFile
{
    private static readonly string[] Attachers = [Roles.Receptionist, Roles.Specialist, Roles.Leader, Roles.Admin, Roles.DataEntry];

    public static void AddAttachmentMutations(this Mutation mutation) =>
        mutation.Field<NonNullGraphType<AttachDossierFilePayloadGraphType>, DossierPayload>("attachDossierFile")
            .Description("Attaches an uploaded file to a filed component (digitising it) or as the electronic result.")
            .AuthorizeWithPolicy(FileEndpoints.UploadPolicy)
            .Argument<NonNullGraphType<AttachDossierFileInputGraphType>>("input")
            .ResolveAsync(async c =>
            {
                var input = c.GetArgument<AttachDossierFileInput>("input");
                var viewer = c.Viewer();
                var db = c.Service<OneStopDb>();
                var file = await db.Set<StoredFile>().AsNoTracking().SingleOrDefaultAsync(f => f.Id == input.FileId, c.CancellationToken);
                // A file id is only usable by someone who could read the file: no attaching another unit's upload.
                if (file is null || !(viewer.IsProvinceWide || (file.UploaderUnitPath is { } path && viewer.CanSeeUnitPath(path))))
                    return new DossierPayload(null, [new NotFoundError("tệp " + input.FileId)]);
                return await c.Service<DossierWorkflow>().RunAsync(viewer, input.Code, input.ExpectedVersion, DossierAction.AttachFile, Attachers,
                    async (dossier, _, _) =>
                    {
                        await db.Entry(dossier).Collection(d => d.Documents).LoadAsync(c.CancellationToken);
                        return dossier.AttachFile(input.DocumentOrdinal, file.Id);
                    }, c.CancellationToken);
            });
}

public static class AttachmentSetup
{
    public static IServiceCollection AddAttachments(this IServiceCollection services)
    {
        services.AddSingleton<FileStore>();
        services.Configure<Microsoft.AspNetCore.Authorization.AuthorizationOptions>(FileEndpoints.AddFileUploadPolicy);
        return services;
    }
}
