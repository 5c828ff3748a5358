using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using OneStop.Api.Features.Dossiers;

namespace OneStop.Api.Features.Satisfaction;

public sealed class DossierRatingConfiguration : IEntityTypeConfiguration<DossierRating>
{
    public void Configure(EntityTypeBuilder<DossierRating> builder)
    {
        var b = builder;
        b.ToTable("DossierRatings");
        // One rating per dossier (DOMAIN.md §7.3).
        b.HasIndex(r => r.DossierId).IsUnique();
        b.HasOne<Dossier>().WithMany().HasForeignKey(r => r.DossierId).OnDelete(DeleteBehavior.Cascade);
        b.Property(r => r.UnitPath).HasMaxLength(200).IsUnicode(false);
        b.HasIndex(r => new { r.UnitPath, r.ReturnedOn });
        b.Property(r => r.Reason).HasMaxLength(RatingService.MaxReasonLength);
        b.Property(r => r.OfficerId).HasMaxLength(450);
        b.Property(r => r.OfficerName).HasMaxLength(200);
        foreach (var p in new[] { nameof(DossierRating.Level), nameof(DossierRating.Convenience), nameof(DossierRating.Overall), nameof(DossierRating.Channel) })
            b.Property(p).HasConversion<string>().HasMaxLength(20).IsUnicode(false);
        b.Property(r => r.Version).IsConcurrencyToken();
    }
}

public sealed class RatingTokenConfiguration : IEntityTypeConfiguration<RatingToken>
{
    public void Configure(EntityTypeBuilder<RatingToken> builder)
    {
        var b = builder;
        b.ToTable("RatingTokens");
        b.Property(t => t.Hash).HasMaxLength(64).IsUnicode(false);
        b.HasIndex(t => t.Hash).IsUnique();
        b.Property(t => t.Salt).HasMaxLength(40).IsUnicode(false);
        b.HasIndex(t => new { t.DossierId, t.Kind });
        b.HasOne<Dossier>().WithMany().HasForeignKey(t => t.DossierId).OnDelete(DeleteBehavior.Cascade);
        b.Property(t => t.Kind).HasConversion<string>().HasMaxLength(10).IsUnicode(false);
        b.Property(t => t.OfficerId).HasMaxLength(450);
        b.Property(t => t.OfficerName).HasMaxLength(200);
    }
}

public sealed class FollowUpConfiguration : IEntityTypeConfiguration<FollowUp>
{
    public void Configure(EntityTypeBuilder<FollowUp> builder)
    {
        var b = builder;
        b.ToTable("FollowUps");
        b.HasOne<Dossier>().WithMany().HasForeignKey(f => f.DossierId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(f => f.DossierId);
        b.Property(f => f.UnitPath).HasMaxLength(200).IsUnicode(false);
        b.HasIndex(f => new { f.UnitPath, f.Status, f.OpenedAt });
        b.Property(f => f.AssigneeId).HasMaxLength(450);
        b.Property(f => f.AssigneeName).HasMaxLength(200);
        b.Property(f => f.AcknowledgedByName).HasMaxLength(200);
        b.Property(f => f.ResolvedByName).HasMaxLength(200);
        b.Property(f => f.Reason).HasMaxLength(RatingService.MaxReasonLength);
        b.Property(f => f.Outcome).HasMaxLength(2000);
        b.Property(f => f.Status).HasConversion<string>().HasMaxLength(20).IsUnicode(false);
        b.Property(f => f.Version).IsConcurrencyToken();
    }
}
