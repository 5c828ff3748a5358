using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using OneStop.Api.Features.Dossiers;

namespace OneStop.Api.Features.DeadlineAlerts;

public sealed class DeadlineAlertConfiguration : IEntityTypeConfiguration<DeadlineAlert>
{
    public void Configure(EntityTypeBuilder<DeadlineAlert> builder)
    {
        var b = builder;
        b.Property(a => a.DossierCode).HasMaxLength(64);
        b.Property(a => a.Kind).HasConversion<string>().HasMaxLength(32);
        b.Property(a => a.AcknowledgedById).HasMaxLength(450);
        b.Property(a => a.AcknowledgedByName).HasMaxLength(200);
        // Once per dossier, kind, step and deadline value: concurrent scanners insert-if-absent against this key.
        b.HasIndex(a => new { a.DossierId, a.Kind, a.Step, a.DueAt }).IsUnique();
        b.HasIndex(a => new { a.RaisedAt, a.Id });
        b.HasIndex(a => new { a.DossierId, a.ClosedAt });
        b.HasOne<Dossier>().WithMany().HasForeignKey(a => a.DossierId).OnDelete(DeleteBehavior.Cascade);
    }
}

public sealed class DeadlineWatchConfiguration : IEntityTypeConfiguration<DeadlineWatch>
{
    public void Configure(EntityTypeBuilder<DeadlineWatch> builder)
    {
        var b = builder;
        b.HasKey(w => w.DossierId);
        b.Property(w => w.DossierId).ValueGeneratedNever();
        b.HasIndex(w => w.NextCheckAt);
        b.HasOne<Dossier>().WithOne().HasForeignKey<DeadlineWatch>(w => w.DossierId).OnDelete(DeleteBehavior.Cascade);
    }
}
