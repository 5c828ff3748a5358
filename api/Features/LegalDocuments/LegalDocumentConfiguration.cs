using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace OneStop.Api.Features.LegalDocuments;

public sealed class LegalDocumentConfiguration : IEntityTypeConfiguration<LegalDocument>
{
    public void Configure(EntityTypeBuilder<LegalDocument> builder)
    {
        var b = builder;
        b.ToTable("LegalDocuments");
        b.Property(d => d.Number).HasMaxLength(60);
        b.HasIndex(d => d.Number).IsUnique();
        b.Property(d => d.Kind).HasConversion<string>().HasMaxLength(20).IsUnicode(false);
        b.Property(d => d.Title).HasMaxLength(500);
        b.Property(d => d.Issuer).HasMaxLength(200);
        b.Property(d => d.SearchText).HasMaxLength(600);
        b.Property(d => d.Revision).IsConcurrencyToken();
        b.HasOne<LegalDocument>().WithMany().HasForeignKey(d => d.ReplacedById).OnDelete(DeleteBehavior.Restrict);
    }
}
