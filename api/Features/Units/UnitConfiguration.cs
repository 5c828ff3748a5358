using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace OneStop.Api.Features.Units;

public sealed class UnitConfiguration : IEntityTypeConfiguration<Unit>
{
    public void Configure(EntityTypeBuilder<Unit> builder)
    {
        var b = builder;
        b.ToTable("Units");
        b.Property(u => u.Code).HasMaxLength(40).IsUnicode(false);
        b.HasIndex(u => u.Code).IsUnique();
        b.Property(u => u.Name).HasMaxLength(200);
        b.Property(u => u.Kind).HasConversion<string>().HasMaxLength(20).IsUnicode(false);
        b.Property(u => u.Path).HasMaxLength(200).IsUnicode(false);
        b.HasIndex(u => u.Path);
        b.Property(u => u.OneStopDesk).HasMaxLength(200);
        b.Property(u => u.SearchText).HasMaxLength(400);
        b.Property(u => u.Version).IsConcurrencyToken();
        b.HasIndex(u => u.ParentId);
        b.HasOne<Unit>().WithMany().HasForeignKey(u => u.ParentId).OnDelete(DeleteBehavior.Restrict);
    }
}
