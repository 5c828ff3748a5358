using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace OneStop.Api.Features.Attachments;

/// <summary>
/// A file kept in content-addressed storage: its id is the SHA-256 of its bytes, so the same scan uploaded twice is
/// stored once and an id can never point at other content.
/// </summary>
public sealed class StoredFile
{
    /// <summary>Lower-case hex SHA-256 of the content.</summary>
    public required string Id { get; init; }
    public required string Name { get; init; }
    public required string ContentType { get; init; }
    public long Size { get; init; }
    public required string UploadedBy { get; init; }

    /// <summary>Unit path of the uploader: before a file is attached, only that unit's subtree may read it.</summary>
    public string? UploaderUnitPath { get; init; }

    public DateTime UploadedAt { get; init; }
}

public sealed class StoredFileConfiguration : IEntityTypeConfiguration<StoredFile>
{
    public void Configure(EntityTypeBuilder<StoredFile> builder)
    {
        builder.ToTable("StoredFiles");
        builder.Property(f => f.Id).HasMaxLength(64).IsUnicode(false);
        builder.Property(f => f.Name).HasMaxLength(255);
        builder.Property(f => f.ContentType).HasMaxLength(100).IsUnicode(false);
        builder.Property(f => f.UploadedBy).HasMaxLength(450).IsUnicode(false);
        builder.Property(f => f.UploaderUnitPath).HasMaxLength(200).IsUnicode(false);
    }
}
