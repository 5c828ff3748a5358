using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using OneStop.Api.Features.Procedures;
using OneStop.Api.Features.Units;

namespace OneStop.Api.Features.Dossiers;

// Narrow, append-friendly tables (bulk inserts for seeding and imports): enums as short strings, no JSON columns
// except the audit snapshots, indexes on what lists filter and order by.
public sealed class DossierConfiguration : IEntityTypeConfiguration<Dossier>
{
    public void Configure(EntityTypeBuilder<Dossier> builder)
    {
        var b = builder;
        b.ToTable("Dossiers");
        b.Property(d => d.Code).HasMaxLength(60).IsUnicode(false);
        b.HasIndex(d => d.Code).IsUnique();
        b.Property(d => d.AgencyCode).HasMaxLength(40).IsUnicode(false);
        b.HasIndex(d => new { d.AgencyCode, d.ReceivedOn, d.Sequence }).IsUnique();
        b.Property(d => d.ProcedureCode).HasMaxLength(20).IsUnicode(false);
        b.Property(d => d.ReceivingUnitPath).HasMaxLength(200).IsUnicode(false);
        b.Property(d => d.CurrentUnitPath).HasMaxLength(200).IsUnicode(false);
        b.HasIndex(d => new { d.ReceivingUnitPath, d.ReceivedAt });
        b.HasIndex(d => new { d.CurrentUnitPath, d.ReceivedAt });
        b.HasIndex(d => d.ReceivedAt);
        b.HasIndex(d => new { d.Status, d.AppointmentAt });
        b.HasIndex(d => new { d.AssigneeId, d.Status });
        b.HasIndex(d => d.ProcedureCode);
        // Covering index of the reports (II.06a, service index): a period reads the dossiers not closed before it (FinishedAt
        // range, or NULL and received before the as-at instant) from the index alone, never the 1,000,000-row table.
        b.HasIndex(d => new
        {
            d.FinishedAt,
            d.ReceivedAt,
            d.LegalAppointmentAt,
            d.ReceivingUnitPath,
            d.Status,
            d.ReceivingUnitId,
            d.ProcedureId,
            d.FieldId,
            d.Channel,
            d.Lateness,
            d.ProcessingUnit,
            d.LegalDueDate
        }, "IX_Dossiers_Report");
        foreach (var p in new[] { nameof(Dossier.Channel), nameof(Dossier.Status), nameof(Dossier.ApplicantKind), nameof(Dossier.ProcessingUnit),
                     nameof(Dossier.SupplementEffect), nameof(Dossier.FinancialEffect), nameof(Dossier.OtherPauseEffect), nameof(Dossier.StatusBeforePause),
                     nameof(Dossier.OpenPauseEffect), nameof(Dossier.Lateness), nameof(Dossier.ReturnMethod), nameof(Dossier.Violation) })
            b.Property(p).HasConversion<string>().HasMaxLength(30).IsUnicode(false);
        b.Property(d => d.ApplicantName).HasMaxLength(200);
        b.Property(d => d.ApplicantIdNumber).HasMaxLength(20).IsUnicode(false);
        b.Property(d => d.ApplicantPhone).HasMaxLength(15).IsUnicode(false);
        b.Property(d => d.PhoneLast4).HasMaxLength(4).IsUnicode(false);
        b.Property(d => d.ApplicantAddress).HasMaxLength(500);
        b.Property(d => d.ApplicantEmail).HasMaxLength(200);
        b.Property(d => d.SearchText).HasMaxLength(300);
        b.Property(d => d.Subject).HasMaxLength(1000);
        b.Property(d => d.ReceivedById).HasMaxLength(450);
        b.Property(d => d.ReceivedByName).HasMaxLength(200);
        b.Property(d => d.ProcessingAmount).HasPrecision(9, 2);
        b.Property(d => d.AssigneeId).HasMaxLength(450);
        b.Property(d => d.AssigneeName).HasMaxLength(200);
        b.Property(d => d.AppraisalOpinion).HasMaxLength(4000);
        b.Property(d => d.DeskMissingItems).HasMaxLength(4000);
        b.Property(d => d.RefusalReasons).HasMaxLength(4000);
        b.Property(d => d.ClosingReason).HasMaxLength(1000);
        b.Property(d => d.Version).IsConcurrencyToken();
        b.Ignore(d => d.OpenPause);
        b.Ignore(d => d.IsOpen);
        b.HasOne<Procedure>().WithMany().HasForeignKey(d => d.ProcedureId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<ProcedureVersion>().WithMany().HasForeignKey(d => d.ProcedureVersionId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Unit>().WithMany().HasForeignKey(d => d.ReceivingUnitId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Unit>().WithMany().HasForeignKey(d => d.CurrentUnitId).OnDelete(DeleteBehavior.Restrict);
        b.HasMany(d => d.Documents).WithOne().HasForeignKey(x => x.DossierId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(d => d.Pauses).WithOne().HasForeignKey(x => x.DossierId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(d => d.Handovers).WithOne().HasForeignKey(x => x.DossierId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(d => d.Apologies).WithOne().HasForeignKey(x => x.DossierId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(d => d.AuditEntries).WithOne().HasForeignKey(x => x.DossierId).OnDelete(DeleteBehavior.Cascade);
    }
}

public sealed class DossierDocumentConfiguration : IEntityTypeConfiguration<DossierDocument>
{
    public void Configure(EntityTypeBuilder<DossierDocument> builder)
    {
        var b = builder;
        b.ToTable("DossierDocuments");
        b.Property(x => x.Name).HasMaxLength(500);
        b.Property(x => x.FileId).HasMaxLength(100).IsUnicode(false);
        b.HasIndex(x => new { x.DossierId, x.Ordinal });
        b.HasIndex(x => new { x.Digitised, x.DossierId });
    }
}

public sealed class DossierPauseConfiguration : IEntityTypeConfiguration<DossierPause>
{
    public void Configure(EntityTypeBuilder<DossierPause> builder)
    {
        var b = builder;
        b.ToTable("DossierPauses");
        b.Property(x => x.Kind).HasConversion<string>().HasMaxLength(30).IsUnicode(false);
        b.Property(x => x.Effect).HasConversion<string>().HasMaxLength(10).IsUnicode(false);
        b.Property(x => x.Reason).HasMaxLength(1000);
        b.Property(x => x.LegalBasis).HasMaxLength(500);
        b.Property(x => x.MissingItems).HasMaxLength(4000);
        b.Property(x => x.StartedById).HasMaxLength(450);
        b.Property(x => x.EndedById).HasMaxLength(450);
        b.HasIndex(x => new { x.DossierId, x.StartedAt });
    }
}

public sealed class DossierHandoverConfiguration : IEntityTypeConfiguration<DossierHandover>
{
    public void Configure(EntityTypeBuilder<DossierHandover> builder)
    {
        var b = builder;
        b.ToTable("DossierHandovers");
        b.Property(x => x.Action).HasConversion<string>().HasMaxLength(30).IsUnicode(false);
        b.Property(x => x.StepResult).HasConversion<string>().HasMaxLength(10).IsUnicode(false);
        b.Property(x => x.ActorId).HasMaxLength(450);
        b.Property(x => x.ActorName).HasMaxLength(200);
        b.Property(x => x.FromOfficerId).HasMaxLength(450);
        b.Property(x => x.ToOfficerId).HasMaxLength(450);
        b.Property(x => x.ToOfficerName).HasMaxLength(200);
        b.Property(x => x.Note).HasMaxLength(1000);
        b.HasIndex(x => x.DossierId);
    }
}

public sealed class DossierApologyConfiguration : IEntityTypeConfiguration<DossierApology>
{
    public void Configure(EntityTypeBuilder<DossierApology> builder)
    {
        var b = builder;
        b.ToTable("DossierApologies");
        b.Property(x => x.Reason).HasMaxLength(1000);
        b.Property(x => x.IssuedById).HasMaxLength(450);
        b.Property(x => x.IssuedByName).HasMaxLength(200);
        b.HasOne<Unit>().WithMany().HasForeignKey(x => x.ResponsibleUnitId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(x => x.DossierId);
    }
}

public sealed class DossierAuditEntryConfiguration : IEntityTypeConfiguration<DossierAuditEntry>
{
    public void Configure(EntityTypeBuilder<DossierAuditEntry> builder)
    {
        var b = builder;
        b.ToTable("DossierAuditEntries");
        b.Property(x => x.Action).HasConversion<string>().HasMaxLength(30).IsUnicode(false);
        b.Property(x => x.FromStatus).HasConversion<string>().HasMaxLength(30).IsUnicode(false);
        b.Property(x => x.ToStatus).HasConversion<string>().HasMaxLength(30).IsUnicode(false);
        b.Property(x => x.ActorId).HasMaxLength(450);
        b.Property(x => x.ActorName).HasMaxLength(200);
        b.Property(x => x.Before).HasMaxLength(4000);
        b.Property(x => x.After).HasMaxLength(4000);
        b.Property(x => x.Note).HasMaxLength(1000);
        b.HasIndex(x => x.DossierId);
    }
}

public sealed class DossierCounterConfiguration : IEntityTypeConfiguration<DossierCounter>
{
    public void Configure(EntityTypeBuilder<DossierCounter> builder)
    {
        var b = builder;
        b.ToTable("DossierCounters");
        b.HasKey(x => new { x.AgencyCode, x.Day });
        b.Property(x => x.AgencyCode).HasMaxLength(40).IsUnicode(false);
    }
}

public sealed class DossierPolicyConfiguration : IEntityTypeConfiguration<DossierPolicy>
{
    public void Configure(EntityTypeBuilder<DossierPolicy> builder)
    {
        var b = builder;
        b.ToTable("DossierPolicies");
        b.HasKey(x => x.ProcedureVersionId);
        b.Property(x => x.ProcedureVersionId).ValueGeneratedNever();
        b.Property(x => x.SupplementEffect).HasConversion<string>().HasMaxLength(10).IsUnicode(false);
        b.Property(x => x.FinancialEffect).HasConversion<string>().HasMaxLength(10).IsUnicode(false);
        b.Property(x => x.OtherPauseEffect).HasConversion<string>().HasMaxLength(10).IsUnicode(false);
        b.Property(x => x.Version).IsConcurrencyToken();
        b.HasOne<ProcedureVersion>().WithMany().HasForeignKey(x => x.ProcedureVersionId).OnDelete(DeleteBehavior.Cascade);
    }
}
