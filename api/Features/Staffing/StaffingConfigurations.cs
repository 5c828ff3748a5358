using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using OneStop.Api.Features.Units;
using OneStop.Api.Infrastructure.Auth;

namespace OneStop.Api.Features.Staffing;

public sealed class OfficeConfiguration : IEntityTypeConfiguration<Office>
{
    public void Configure(EntityTypeBuilder<Office> builder)
    {
        var b = builder;
        b.ToTable("Offices");
        b.Property(o => o.Code).HasMaxLength(40).IsUnicode(false);
        b.HasIndex(o => o.Code).IsUnique();
        b.Property(o => o.Name).HasMaxLength(200);
        b.Property(o => o.Kind).HasConversion<string>().HasMaxLength(20).IsUnicode(false);
        b.Property(o => o.ProvinceClass).HasConversion<string>().HasMaxLength(20).IsUnicode(false);
        b.Property(o => o.SearchText).HasMaxLength(300);
        b.Property(o => o.Version).IsConcurrencyToken();
        b.HasIndex(o => o.UnitId);
        b.HasOne<Unit>().WithMany().HasForeignKey(o => o.UnitId).OnDelete(DeleteBehavior.Restrict);
    }
}

public sealed class PersonConfiguration : IEntityTypeConfiguration<Person>
{
    public void Configure(EntityTypeBuilder<Person> builder)
    {
        var b = builder;
        b.ToTable("People");
        b.Property(p => p.PersonKey).HasMaxLength(40).IsUnicode(false);
        b.HasIndex(p => p.PersonKey).IsUnique();
        b.Property(p => p.FullName).HasMaxLength(120);
        b.Property(p => p.SearchText).HasMaxLength(200);
        b.Property(p => p.Version).IsConcurrencyToken();
        b.HasIndex(p => p.UnitId);
        b.HasOne<Unit>().WithMany().HasForeignKey(p => p.UnitId).OnDelete(DeleteBehavior.Restrict);
        b.Property(p => p.UserId).HasMaxLength(450);
        b.HasIndex(p => p.UserId).IsUnique();
        b.HasOne<AppUser>().WithMany().HasForeignKey(p => p.UserId).OnDelete(DeleteBehavior.SetNull);
    }
}

public sealed class AssignmentConfiguration : IEntityTypeConfiguration<Assignment>
{
    public void Configure(EntityTypeBuilder<Assignment> builder)
    {
        var b = builder;
        b.ToTable("Assignments");
        b.Property(a => a.Position).HasConversion<string>().HasMaxLength(20).IsUnicode(false);
        b.Property(a => a.PostType).HasConversion<string>().HasMaxLength(20).IsUnicode(false);
        b.Property(a => a.Version).IsConcurrencyToken();
        b.HasIndex(a => new { a.OfficeId, a.From });
        b.HasIndex(a => new { a.PersonId, a.From });
        b.HasOne<Person>().WithMany().HasForeignKey(a => a.PersonId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<Office>().WithMany().HasForeignKey(a => a.OfficeId).OnDelete(DeleteBehavior.Restrict);
    }
}

public sealed class EmploymentConfiguration : IEntityTypeConfiguration<Employment>
{
    public void Configure(EntityTypeBuilder<Employment> builder)
    {
        var b = builder;
        b.ToTable("Employments");
        b.Property(e => e.Type).HasConversion<string>().HasMaxLength(30).IsUnicode(false);
        b.Property(e => e.SupportJob).HasConversion<string>().HasMaxLength(20).IsUnicode(false);
        b.Property(e => e.Version).IsConcurrencyToken();
        b.HasIndex(e => new { e.PersonId, e.Start });
        b.HasOne<Person>().WithMany().HasForeignKey(e => e.PersonId).OnDelete(DeleteBehavior.Cascade);
    }
}

public sealed class StaffingRuleConfiguration : IEntityTypeConfiguration<StaffingRule>
{
    public void Configure(EntityTypeBuilder<StaffingRule> builder)
    {
        var b = builder;
        b.ToTable("StaffingRules");
        b.Property(r => r.Id).ValueGeneratedNever();
        b.Property(r => r.Code).HasConversion<string>().HasMaxLength(40).IsUnicode(false);
        b.Property(r => r.Target).HasConversion<string>().HasMaxLength(30).IsUnicode(false);
        b.Property(r => r.ProvinceClass).HasConversion<string>().HasMaxLength(20).IsUnicode(false);
        b.Property(r => r.Measure).HasConversion<string>().HasMaxLength(20).IsUnicode(false);
        b.Property(r => r.Confidence).HasConversion<string>().HasMaxLength(20).IsUnicode(false);
        b.Property(r => r.BreachStatus).HasConversion<string>().HasMaxLength(20).IsUnicode(false);
        b.Property(r => r.Parameters).HasMaxLength(400).IsUnicode(false);
        b.Property(r => r.LegalSource).HasMaxLength(200);
        b.Property(r => r.Text).HasMaxLength(400);
        b.Property(r => r.TextEn).HasMaxLength(400);
        b.HasIndex(r => new { r.Code, r.EffectiveFrom });
        // The rows are reference data: each change to the legal base is a reviewed migration (DOMAIN.md §0).
        b.HasData(StaffingRuleCatalogue.All);
    }
}
