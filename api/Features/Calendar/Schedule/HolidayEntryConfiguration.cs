using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace OneStop.Api.Features.Calendar;

public sealed class HolidayEntryConfiguration : IEntityTypeConfiguration<HolidayEntry>
{
    public void Configure(EntityTypeBuilder<HolidayEntry> builder)
    {
        builder.ToTable("Holidays");
        builder.HasIndex(h => h.Date).IsUnique();
        builder.HasIndex(h => h.Year);
        builder.Property(h => h.NameVi).HasMaxLength(200);
        builder.Property(h => h.NameEn).HasMaxLength(200);
        builder.Property(h => h.Source).HasMaxLength(300);
        builder.Property(h => h.Kind).HasConversion<string>().HasMaxLength(24).IsUnicode(false);
    }
}
