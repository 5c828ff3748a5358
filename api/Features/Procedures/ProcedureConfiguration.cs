using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace OneStop.Api.Features.Procedures;

public sealed class ProcedureConfiguration : IEntityTypeConfiguration<Procedure>
{
    public void Configure(EntityTypeBuilder<Procedure> builder)
    {
        var b = builder;
        b.ToTable("Procedures");
        b.Property(p => p.Code).HasMaxLength(20).IsUnicode(false);
        b.HasIndex(p => p.Code).IsUnique();
        b.Property(p => p.SyncState).HasConversion<string>().HasMaxLength(20).IsUnicode(false);
        b.Property(p => p.Revision).IsConcurrencyToken();
        b.HasMany(p => p.Versions).WithOne(v => v.Procedure).HasForeignKey(v => v.ProcedureId).OnDelete(DeleteBehavior.Cascade);
    }
}

public sealed class ProcedureVersionConfiguration : IEntityTypeConfiguration<ProcedureVersion>
{
    public void Configure(EntityTypeBuilder<ProcedureVersion> builder)
    {
        var b = builder;
        b.ToTable("ProcedureVersions");
        b.Property(v => v.Code).HasMaxLength(20).IsUnicode(false);
        b.HasIndex(v => new { v.ProcedureId, v.Number }).IsUnique();
        // The public list: versions of a status (and window) in code order.
        b.HasIndex(v => new { v.Status, v.Code });
        b.Property(v => v.Status).HasConversion<string>().HasMaxLength(20).IsUnicode(false);
        b.Property(v => v.Name).HasMaxLength(500);
        b.Property(v => v.SearchText).HasMaxLength(600);
        b.Property(v => v.ProcessingAmount).HasPrecision(9, 2);
        b.Property(v => v.ProcessingUnit).HasConversion<string>().HasMaxLength(20).IsUnicode(false);
        b.Property(v => v.OnlineService).HasConversion<string>().HasMaxLength(20).IsUnicode(false);
        b.HasOne(v => v.Field).WithMany().HasForeignKey(v => v.FieldId).OnDelete(DeleteBehavior.Restrict);
        b.HasMany(v => v.Fees).WithOne().HasForeignKey(f => f.VersionId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(v => v.RequiredDocuments).WithOne().HasForeignKey(d => d.VersionId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(v => v.ResultDocuments).WithOne().HasForeignKey(d => d.VersionId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(v => v.Steps).WithOne().HasForeignKey(s => s.VersionId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(v => v.LegalBases).WithOne().HasForeignKey(l => l.VersionId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(v => v.Units).WithOne().HasForeignKey(u => u.VersionId).OnDelete(DeleteBehavior.Cascade);
    }
}

public sealed class ProcedureFieldConfiguration : IEntityTypeConfiguration<ProcedureField>
{
    public void Configure(EntityTypeBuilder<ProcedureField> builder)
    {
        builder.ToTable("ProcedureFields");
        builder.Property(f => f.Code).HasMaxLength(20).IsUnicode(false);
        builder.HasIndex(f => f.Code).IsUnique();
        builder.Property(f => f.Name).HasMaxLength(200);
    }
}
