using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace OneStop.Api.Features.Procedures;

public sealed class ProcedureFeeConfiguration : IEntityTypeConfiguration<ProcedureFee>
{
    public void Configure(EntityTypeBuilder<ProcedureFee> builder)
    {
        builder.ToTable("ProcedureFees");
        builder.Property(f => f.Name).HasMaxLength(300);
        builder.Property(f => f.PayerNotes).HasMaxLength(500);
        builder.HasIndex(f => new { f.VersionId, f.Ordinal });
    }
}

public sealed class RequiredDocumentConfiguration : IEntityTypeConfiguration<RequiredDocument>
{
    public void Configure(EntityTypeBuilder<RequiredDocument> builder)
    {
        builder.ToTable("ProcedureRequiredDocuments");
        builder.Property(d => d.Name).HasMaxLength(500);
        builder.Property(d => d.FormTemplate).HasMaxLength(300);
        builder.HasIndex(d => new { d.VersionId, d.Ordinal });
    }
}

public sealed class ResultDocumentConfiguration : IEntityTypeConfiguration<ResultDocument>
{
    public void Configure(EntityTypeBuilder<ResultDocument> builder)
    {
        builder.ToTable("ProcedureResultDocuments");
        builder.Property(d => d.Name).HasMaxLength(500);
        builder.HasIndex(d => new { d.VersionId, d.Ordinal });
    }
}

public sealed class ProcedureStepConfiguration : IEntityTypeConfiguration<ProcedureStep>
{
    public void Configure(EntityTypeBuilder<ProcedureStep> builder)
    {
        builder.ToTable("ProcedureSteps");
        builder.Property(s => s.Name).HasMaxLength(300);
        builder.Property(s => s.Role).HasMaxLength(20).IsUnicode(false);
        builder.Property(s => s.Unit).HasMaxLength(200);
        builder.Property(s => s.Budget).HasPrecision(9, 2);
        builder.HasIndex(s => new { s.VersionId, s.Ordinal });
    }
}

public sealed class ProcedureLegalBasisConfiguration : IEntityTypeConfiguration<ProcedureLegalBasis>
{
    public void Configure(EntityTypeBuilder<ProcedureLegalBasis> builder)
    {
        builder.ToTable("ProcedureLegalBases");
        builder.HasKey(l => new { l.VersionId, l.LegalDocumentId });
        builder.HasIndex(l => l.LegalDocumentId);
        builder.HasOne(l => l.LegalDocument).WithMany().HasForeignKey(l => l.LegalDocumentId).OnDelete(DeleteBehavior.Restrict);
    }
}

public sealed class ProcedureVersionUnitConfiguration : IEntityTypeConfiguration<ProcedureVersionUnit>
{
    public void Configure(EntityTypeBuilder<ProcedureVersionUnit> builder)
    {
        builder.ToTable("ProcedureVersionUnits");
        builder.HasKey(u => new { u.VersionId, u.UnitId });
        builder.HasIndex(u => u.UnitId);
        builder.HasOne(u => u.Unit).WithMany().HasForeignKey(u => u.UnitId).OnDelete(DeleteBehavior.Restrict);
    }
}
