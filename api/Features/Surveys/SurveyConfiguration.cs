using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace OneStop.Api.Features.Surveys;

public sealed class SurveyQuestionnaireConfiguration : IEntityTypeConfiguration<SurveyQuestionnaire>
{
    public void Configure(EntityTypeBuilder<SurveyQuestionnaire> builder)
    {
        builder.ToTable("SurveyQuestionnaires");
        builder.Property(q => q.Code).HasMaxLength(20).IsUnicode(false);
        builder.Property(q => q.Name).HasMaxLength(200);
        builder.HasIndex(q => new { q.Code, q.Version }).IsUnique();
        builder.HasMany(q => q.Criteria).WithOne().HasForeignKey(c => c.QuestionnaireId).OnDelete(DeleteBehavior.Cascade);
    }
}

public sealed class SurveyCriterionConfiguration : IEntityTypeConfiguration<SurveyCriterion>
{
    public void Configure(EntityTypeBuilder<SurveyCriterion> builder)
    {
        builder.ToTable("SurveyCriteria");
        builder.Property(c => c.Code).HasMaxLength(10).IsUnicode(false);
        builder.Property(c => c.ElementName).HasMaxLength(200);
        builder.Property(c => c.Text).HasMaxLength(400);
        builder.HasIndex(c => new { c.QuestionnaireId, c.Code }).IsUnique();
    }
}

public sealed class SurveyCampaignConfiguration : IEntityTypeConfiguration<SurveyCampaign>
{
    public void Configure(EntityTypeBuilder<SurveyCampaign> builder)
    {
        builder.ToTable("SurveyCampaigns");
        builder.Property(c => c.Name).HasMaxLength(200);
        builder.Property(c => c.UnitPath).HasMaxLength(200).IsUnicode(false);
        builder.HasIndex(c => new { c.UnitId, c.PeriodFrom });
        builder.HasOne<SurveyQuestionnaire>().WithMany().HasForeignKey(c => c.QuestionnaireId).OnDelete(DeleteBehavior.Restrict);
    }
}

public sealed class SurveyInvitationConfiguration : IEntityTypeConfiguration<SurveyInvitation>
{
    public void Configure(EntityTypeBuilder<SurveyInvitation> builder)
    {
        builder.ToTable("SurveyInvitations");
        builder.Property(i => i.Hash).HasMaxLength(64).IsUnicode(false);
        builder.HasIndex(i => i.Hash).IsUnique();
        builder.HasOne<SurveyCampaign>().WithMany().HasForeignKey(i => i.CampaignId).OnDelete(DeleteBehavior.Cascade);
    }
}

public sealed class SurveyResponseConfiguration : IEntityTypeConfiguration<SurveyResponse>
{
    public void Configure(EntityTypeBuilder<SurveyResponse> builder)
    {
        builder.ToTable("SurveyResponses");
        builder.HasOne<SurveyCampaign>().WithMany().HasForeignKey(r => r.CampaignId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(r => r.Answers).WithOne().HasForeignKey(a => a.ResponseId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(r => r.CampaignId);
    }
}

public sealed class SurveyAnswerConfiguration : IEntityTypeConfiguration<SurveyAnswer>
{
    public void Configure(EntityTypeBuilder<SurveyAnswer> builder)
    {
        builder.ToTable("SurveyAnswers");
        builder.HasOne<SurveyCriterion>().WithMany().HasForeignKey(a => a.CriterionId).OnDelete(DeleteBehavior.Restrict);
    }
}
