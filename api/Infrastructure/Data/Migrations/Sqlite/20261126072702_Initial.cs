using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

#pragma warning disable CA1814 // Prefer jagged arrays over multidimensional

namespace OneStop.Api.Infrastructure.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "AspNetRoles",
                columns: table => new
                {
                    Id = table.Column<string>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    NormalizedName = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    ConcurrencyStamp = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetRoles", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "AspNetUsers",
                columns: table => new
                {
                    Id = table.Column<string>(type: "TEXT", nullable: false),
                    FullName = table.Column<string>(type: "TEXT", nullable: false),
                    UnitId = table.Column<int>(type: "INTEGER", nullable: true),
                    UserName = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    NormalizedUserName = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    Email = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    NormalizedEmail = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    EmailConfirmed = table.Column<bool>(type: "INTEGER", nullable: false),
                    PasswordHash = table.Column<string>(type: "TEXT", nullable: true),
                    SecurityStamp = table.Column<string>(type: "TEXT", nullable: true),
                    ConcurrencyStamp = table.Column<string>(type: "TEXT", nullable: true),
                    PhoneNumber = table.Column<string>(type: "TEXT", nullable: true),
                    PhoneNumberConfirmed = table.Column<bool>(type: "INTEGER", nullable: false),
                    TwoFactorEnabled = table.Column<bool>(type: "INTEGER", nullable: false),
                    LockoutEnd = table.Column<DateTimeOffset>(type: "TEXT", nullable: true),
                    LockoutEnabled = table.Column<bool>(type: "INTEGER", nullable: false),
                    AccessFailedCount = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetUsers", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "DataProtectionKeys",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    FriendlyName = table.Column<string>(type: "TEXT", nullable: true),
                    Xml = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DataProtectionKeys", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "DossierCounters",
                columns: table => new
                {
                    AgencyCode = table.Column<string>(type: "TEXT", unicode: false, maxLength: 40, nullable: false),
                    Day = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    LastNumber = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DossierCounters", x => new { x.AgencyCode, x.Day });
                });

            migrationBuilder.CreateTable(
                name: "Holidays",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    Date = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    NameVi = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    NameEn = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Kind = table.Column<string>(type: "TEXT", unicode: false, maxLength: 24, nullable: false),
                    Source = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    IsConfirmed = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Holidays", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "LegalDocuments",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Number = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    Kind = table.Column<string>(type: "TEXT", unicode: false, maxLength: 20, nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    Issuer = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    IssuedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    EffectiveFrom = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    ExpiresOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    PartiallyExpired = table.Column<bool>(type: "INTEGER", nullable: false),
                    ReplacedById = table.Column<int>(type: "INTEGER", nullable: true),
                    SearchText = table.Column<string>(type: "TEXT", maxLength: 600, nullable: false),
                    Revision = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_LegalDocuments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_LegalDocuments_LegalDocuments_ReplacedById",
                        column: x => x.ReplacedById,
                        principalTable: "LegalDocuments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "ProcedureFields",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Code = table.Column<string>(type: "TEXT", unicode: false, maxLength: 20, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ProcedureFields", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Procedures",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Code = table.Column<string>(type: "TEXT", unicode: false, maxLength: 20, nullable: false),
                    SyncState = table.Column<string>(type: "TEXT", unicode: false, maxLength: 20, nullable: false),
                    LastSyncedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    Revision = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Procedures", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "StaffingRules",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false),
                    Code = table.Column<string>(type: "TEXT", unicode: false, maxLength: 40, nullable: false),
                    Target = table.Column<string>(type: "TEXT", unicode: false, maxLength: 30, nullable: false),
                    ProvinceClass = table.Column<string>(type: "TEXT", unicode: false, maxLength: 20, nullable: true),
                    Measure = table.Column<string>(type: "TEXT", unicode: false, maxLength: 20, nullable: true),
                    SizeFrom = table.Column<int>(type: "INTEGER", nullable: true),
                    SizeTo = table.Column<int>(type: "INTEGER", nullable: true),
                    Limit = table.Column<int>(type: "INTEGER", nullable: true),
                    Parameters = table.Column<string>(type: "TEXT", unicode: false, maxLength: 400, nullable: true),
                    EffectiveFrom = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    EffectiveTo = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    LegalSource = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Confidence = table.Column<string>(type: "TEXT", unicode: false, maxLength: 20, nullable: false),
                    BreachStatus = table.Column<string>(type: "TEXT", unicode: false, maxLength: 20, nullable: false),
                    Text = table.Column<string>(type: "TEXT", maxLength: 400, nullable: false),
                    TextEn = table.Column<string>(type: "TEXT", maxLength: 400, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_StaffingRules", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "StoredFiles",
                columns: table => new
                {
                    Id = table.Column<string>(type: "TEXT", unicode: false, maxLength: 64, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 255, nullable: false),
                    ContentType = table.Column<string>(type: "TEXT", unicode: false, maxLength: 100, nullable: false),
                    Size = table.Column<long>(type: "INTEGER", nullable: false),
                    UploadedBy = table.Column<string>(type: "TEXT", unicode: false, maxLength: 450, nullable: false),
                    UploaderUnitPath = table.Column<string>(type: "TEXT", unicode: false, maxLength: 200, nullable: true),
                    UploadedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_StoredFiles", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "SurveyQuestionnaires",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Code = table.Column<string>(type: "TEXT", unicode: false, maxLength: 20, nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    EffectiveFrom = table.Column<DateOnly>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SurveyQuestionnaires", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Units",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Code = table.Column<string>(type: "TEXT", unicode: false, maxLength: 40, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Kind = table.Column<string>(type: "TEXT", unicode: false, maxLength: 20, nullable: false),
                    ParentId = table.Column<int>(type: "INTEGER", nullable: true),
                    Path = table.Column<string>(type: "TEXT", unicode: false, maxLength: 200, nullable: false),
                    Level = table.Column<int>(type: "INTEGER", nullable: false),
                    OneStopDesk = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    SearchText = table.Column<string>(type: "TEXT", maxLength: 400, nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Units", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Units_Units_ParentId",
                        column: x => x.ParentId,
                        principalTable: "Units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "AspNetRoleClaims",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    RoleId = table.Column<string>(type: "TEXT", nullable: false),
                    ClaimType = table.Column<string>(type: "TEXT", nullable: true),
                    ClaimValue = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetRoleClaims", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AspNetRoleClaims_AspNetRoles_RoleId",
                        column: x => x.RoleId,
                        principalTable: "AspNetRoles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AspNetUserClaims",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    UserId = table.Column<string>(type: "TEXT", nullable: false),
                    ClaimType = table.Column<string>(type: "TEXT", nullable: true),
                    ClaimValue = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetUserClaims", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AspNetUserClaims_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AspNetUserLogins",
                columns: table => new
                {
                    LoginProvider = table.Column<string>(type: "TEXT", nullable: false),
                    ProviderKey = table.Column<string>(type: "TEXT", nullable: false),
                    ProviderDisplayName = table.Column<string>(type: "TEXT", nullable: true),
                    UserId = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetUserLogins", x => new { x.LoginProvider, x.ProviderKey });
                    table.ForeignKey(
                        name: "FK_AspNetUserLogins_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AspNetUserRoles",
                columns: table => new
                {
                    UserId = table.Column<string>(type: "TEXT", nullable: false),
                    RoleId = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetUserRoles", x => new { x.UserId, x.RoleId });
                    table.ForeignKey(
                        name: "FK_AspNetUserRoles_AspNetRoles_RoleId",
                        column: x => x.RoleId,
                        principalTable: "AspNetRoles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_AspNetUserRoles_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AspNetUserTokens",
                columns: table => new
                {
                    UserId = table.Column<string>(type: "TEXT", nullable: false),
                    LoginProvider = table.Column<string>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", nullable: false),
                    Value = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetUserTokens", x => new { x.UserId, x.LoginProvider, x.Name });
                    table.ForeignKey(
                        name: "FK_AspNetUserTokens_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ProcedureVersions",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ProcedureId = table.Column<int>(type: "INTEGER", nullable: false),
                    Code = table.Column<string>(type: "TEXT", unicode: false, maxLength: 20, nullable: false),
                    Number = table.Column<int>(type: "INTEGER", nullable: false),
                    Status = table.Column<string>(type: "TEXT", unicode: false, maxLength: 20, nullable: false),
                    EffectiveFrom = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    EffectiveTo = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Name = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    SearchText = table.Column<string>(type: "TEXT", maxLength: 600, nullable: false),
                    FieldId = table.Column<int>(type: "INTEGER", nullable: false),
                    Levels = table.Column<int>(type: "INTEGER", nullable: false),
                    ApplicantTypes = table.Column<int>(type: "INTEGER", nullable: false),
                    ProcessingAmount = table.Column<decimal>(type: "TEXT", precision: 9, scale: 2, nullable: false),
                    ProcessingUnit = table.Column<string>(type: "TEXT", unicode: false, maxLength: 20, nullable: false),
                    CutOffHour = table.Column<TimeOnly>(type: "TEXT", nullable: true),
                    OnlineService = table.Column<string>(type: "TEXT", unicode: false, maxLength: 20, nullable: false),
                    LegacyOnlineLevel = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ProcedureVersions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ProcedureVersions_ProcedureFields_FieldId",
                        column: x => x.FieldId,
                        principalTable: "ProcedureFields",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_ProcedureVersions_Procedures_ProcedureId",
                        column: x => x.ProcedureId,
                        principalTable: "Procedures",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "SurveyCampaigns",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    UnitId = table.Column<int>(type: "INTEGER", nullable: false),
                    UnitPath = table.Column<string>(type: "TEXT", unicode: false, maxLength: 200, nullable: false),
                    QuestionnaireId = table.Column<int>(type: "INTEGER", nullable: false),
                    PeriodFrom = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    PeriodTo = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    SampleSize = table.Column<int>(type: "INTEGER", nullable: false),
                    Invited = table.Column<int>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SurveyCampaigns", x => x.Id);
                    table.ForeignKey(
                        name: "FK_SurveyCampaigns_SurveyQuestionnaires_QuestionnaireId",
                        column: x => x.QuestionnaireId,
                        principalTable: "SurveyQuestionnaires",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "SurveyCriteria",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    QuestionnaireId = table.Column<int>(type: "INTEGER", nullable: false),
                    Element = table.Column<int>(type: "INTEGER", nullable: false),
                    ElementName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Code = table.Column<string>(type: "TEXT", unicode: false, maxLength: 10, nullable: false),
                    Ordinal = table.Column<int>(type: "INTEGER", nullable: false),
                    Text = table.Column<string>(type: "TEXT", maxLength: 400, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SurveyCriteria", x => x.Id);
                    table.ForeignKey(
                        name: "FK_SurveyCriteria_SurveyQuestionnaires_QuestionnaireId",
                        column: x => x.QuestionnaireId,
                        principalTable: "SurveyQuestionnaires",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Offices",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Code = table.Column<string>(type: "TEXT", unicode: false, maxLength: 40, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Kind = table.Column<string>(type: "TEXT", unicode: false, maxLength: 20, nullable: false),
                    UnitId = table.Column<int>(type: "INTEGER", nullable: false),
                    HeadcountQuota = table.Column<int>(type: "INTEGER", nullable: false),
                    ProvinceClass = table.Column<string>(type: "TEXT", unicode: false, maxLength: 20, nullable: false),
                    InternalUnits = table.Column<int>(type: "INTEGER", nullable: false),
                    EstablishedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    DissolvedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    SearchText = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Offices", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Offices_Units_UnitId",
                        column: x => x.UnitId,
                        principalTable: "Units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "People",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    PersonKey = table.Column<string>(type: "TEXT", unicode: false, maxLength: 40, nullable: false),
                    FullName = table.Column<string>(type: "TEXT", maxLength: 120, nullable: false),
                    DateOfBirth = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    SeniorityStart = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    UnitId = table.Column<int>(type: "INTEGER", nullable: false),
                    SearchText = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    UserId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_People", x => x.Id);
                    table.ForeignKey(
                        name: "FK_People_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "FK_People_Units_UnitId",
                        column: x => x.UnitId,
                        principalTable: "Units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "DossierPolicies",
                columns: table => new
                {
                    ProcedureVersionId = table.Column<int>(type: "INTEGER", nullable: false),
                    SupplementEffect = table.Column<string>(type: "TEXT", unicode: false, maxLength: 10, nullable: false),
                    FinancialEffect = table.Column<string>(type: "TEXT", unicode: false, maxLength: 10, nullable: false),
                    OtherPauseEffect = table.Column<string>(type: "TEXT", unicode: false, maxLength: 10, nullable: false),
                    MaxReappointments = table.Column<int>(type: "INTEGER", nullable: false),
                    MaxSupplementRequests = table.Column<int>(type: "INTEGER", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DossierPolicies", x => x.ProcedureVersionId);
                    table.ForeignKey(
                        name: "FK_DossierPolicies_ProcedureVersions_ProcedureVersionId",
                        column: x => x.ProcedureVersionId,
                        principalTable: "ProcedureVersions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Dossiers",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Code = table.Column<string>(type: "TEXT", unicode: false, maxLength: 60, nullable: false),
                    AgencyCode = table.Column<string>(type: "TEXT", unicode: false, maxLength: 40, nullable: false),
                    ReceivedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Sequence = table.Column<int>(type: "INTEGER", nullable: false),
                    ProcedureId = table.Column<int>(type: "INTEGER", nullable: false),
                    ProcedureVersionId = table.Column<int>(type: "INTEGER", nullable: false),
                    ProcedureCode = table.Column<string>(type: "TEXT", unicode: false, maxLength: 20, nullable: false),
                    FieldId = table.Column<int>(type: "INTEGER", nullable: false),
                    ReceivingUnitId = table.Column<int>(type: "INTEGER", nullable: false),
                    ReceivingUnitPath = table.Column<string>(type: "TEXT", unicode: false, maxLength: 200, nullable: false),
                    CurrentUnitId = table.Column<int>(type: "INTEGER", nullable: false),
                    CurrentUnitPath = table.Column<string>(type: "TEXT", unicode: false, maxLength: 200, nullable: false),
                    Channel = table.Column<string>(type: "TEXT", unicode: false, maxLength: 30, nullable: false),
                    Status = table.Column<string>(type: "TEXT", unicode: false, maxLength: 30, nullable: false),
                    NationalStatusCode = table.Column<int>(type: "INTEGER", nullable: false),
                    ApplicantKind = table.Column<string>(type: "TEXT", unicode: false, maxLength: 30, nullable: false),
                    ApplicantName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    ApplicantIdNumber = table.Column<string>(type: "TEXT", unicode: false, maxLength: 20, nullable: true),
                    ApplicantPhone = table.Column<string>(type: "TEXT", unicode: false, maxLength: 15, nullable: true),
                    ApplicantAddress = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    ApplicantEmail = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    PhoneLast4 = table.Column<string>(type: "TEXT", unicode: false, maxLength: 4, nullable: true),
                    SearchText = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Subject = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    Sets = table.Column<int>(type: "INTEGER", nullable: false),
                    ReceivedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ReceivedById = table.Column<string>(type: "TEXT", maxLength: 450, nullable: true),
                    ReceivedByName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    ProcessingAmount = table.Column<decimal>(type: "TEXT", precision: 9, scale: 2, nullable: false),
                    ProcessingUnit = table.Column<string>(type: "TEXT", unicode: false, maxLength: 30, nullable: false),
                    CutOffHour = table.Column<TimeOnly>(type: "TEXT", nullable: true),
                    SupplementEffect = table.Column<string>(type: "TEXT", unicode: false, maxLength: 30, nullable: false),
                    FinancialEffect = table.Column<string>(type: "TEXT", unicode: false, maxLength: 30, nullable: false),
                    OtherPauseEffect = table.Column<string>(type: "TEXT", unicode: false, maxLength: 30, nullable: false),
                    MaxReappointments = table.Column<int>(type: "INTEGER", nullable: false),
                    MaxSupplementRequests = table.Column<int>(type: "INTEGER", nullable: false),
                    AppointmentAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    DueDate = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    LegalAppointmentAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    LegalDueDate = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    OriginalAppointmentAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    ClockStartsAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    CurrentStep = table.Column<int>(type: "INTEGER", nullable: true),
                    CurrentStepDueAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    AssigneeId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: true),
                    AssigneeName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    AppraisedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    AppraisalOpinion = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    SupplementRequests = table.Column<int>(type: "INTEGER", nullable: false),
                    Reappointments = table.Column<int>(type: "INTEGER", nullable: false),
                    StatusBeforePause = table.Column<string>(type: "TEXT", unicode: false, maxLength: 30, nullable: true),
                    FinishedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    Lateness = table.Column<string>(type: "TEXT", unicode: false, maxLength: 30, nullable: true),
                    ReturnedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    ReturnMethod = table.Column<string>(type: "TEXT", unicode: false, maxLength: 30, nullable: true),
                    Violation = table.Column<string>(type: "TEXT", unicode: false, maxLength: 30, nullable: false),
                    DeskMissingItems = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    RefusalReasons = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    ClosingReason = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false),
                    OpenPauseEffect = table.Column<string>(type: "TEXT", unicode: false, maxLength: 30, nullable: true),
                    ResultFileId = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Dossiers", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Dossiers_ProcedureVersions_ProcedureVersionId",
                        column: x => x.ProcedureVersionId,
                        principalTable: "ProcedureVersions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Dossiers_Procedures_ProcedureId",
                        column: x => x.ProcedureId,
                        principalTable: "Procedures",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Dossiers_Units_CurrentUnitId",
                        column: x => x.CurrentUnitId,
                        principalTable: "Units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Dossiers_Units_ReceivingUnitId",
                        column: x => x.ReceivingUnitId,
                        principalTable: "Units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "ProcedureFees",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    VersionId = table.Column<int>(type: "INTEGER", nullable: false),
                    Ordinal = table.Column<int>(type: "INTEGER", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Amount = table.Column<long>(type: "INTEGER", nullable: false),
                    PayerNotes = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ProcedureFees", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ProcedureFees_ProcedureVersions_VersionId",
                        column: x => x.VersionId,
                        principalTable: "ProcedureVersions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ProcedureLegalBases",
                columns: table => new
                {
                    VersionId = table.Column<int>(type: "INTEGER", nullable: false),
                    LegalDocumentId = table.Column<int>(type: "INTEGER", nullable: false),
                    Ordinal = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ProcedureLegalBases", x => new { x.VersionId, x.LegalDocumentId });
                    table.ForeignKey(
                        name: "FK_ProcedureLegalBases_LegalDocuments_LegalDocumentId",
                        column: x => x.LegalDocumentId,
                        principalTable: "LegalDocuments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_ProcedureLegalBases_ProcedureVersions_VersionId",
                        column: x => x.VersionId,
                        principalTable: "ProcedureVersions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ProcedureRequiredDocuments",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    VersionId = table.Column<int>(type: "INTEGER", nullable: false),
                    Ordinal = table.Column<int>(type: "INTEGER", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    Originals = table.Column<int>(type: "INTEGER", nullable: false),
                    CertifiedCopies = table.Column<int>(type: "INTEGER", nullable: false),
                    Copies = table.Column<int>(type: "INTEGER", nullable: false),
                    FormTemplate = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ProcedureRequiredDocuments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ProcedureRequiredDocuments_ProcedureVersions_VersionId",
                        column: x => x.VersionId,
                        principalTable: "ProcedureVersions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ProcedureResultDocuments",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    VersionId = table.Column<int>(type: "INTEGER", nullable: false),
                    Ordinal = table.Column<int>(type: "INTEGER", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ProcedureResultDocuments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ProcedureResultDocuments_ProcedureVersions_VersionId",
                        column: x => x.VersionId,
                        principalTable: "ProcedureVersions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ProcedureSteps",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    VersionId = table.Column<int>(type: "INTEGER", nullable: false),
                    Ordinal = table.Column<int>(type: "INTEGER", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Role = table.Column<string>(type: "TEXT", unicode: false, maxLength: 20, nullable: true),
                    Unit = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Budget = table.Column<decimal>(type: "TEXT", precision: 9, scale: 2, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ProcedureSteps", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ProcedureSteps_ProcedureVersions_VersionId",
                        column: x => x.VersionId,
                        principalTable: "ProcedureVersions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ProcedureVersionUnits",
                columns: table => new
                {
                    VersionId = table.Column<int>(type: "INTEGER", nullable: false),
                    UnitId = table.Column<int>(type: "INTEGER", nullable: false),
                    Roles = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ProcedureVersionUnits", x => new { x.VersionId, x.UnitId });
                    table.ForeignKey(
                        name: "FK_ProcedureVersionUnits_ProcedureVersions_VersionId",
                        column: x => x.VersionId,
                        principalTable: "ProcedureVersions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_ProcedureVersionUnits_Units_UnitId",
                        column: x => x.UnitId,
                        principalTable: "Units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "SurveyInvitations",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    CampaignId = table.Column<long>(type: "INTEGER", nullable: false),
                    Hash = table.Column<string>(type: "TEXT", unicode: false, maxLength: 64, nullable: false),
                    IssuedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UsedAt = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SurveyInvitations", x => x.Id);
                    table.ForeignKey(
                        name: "FK_SurveyInvitations_SurveyCampaigns_CampaignId",
                        column: x => x.CampaignId,
                        principalTable: "SurveyCampaigns",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "SurveyResponses",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    CampaignId = table.Column<long>(type: "INTEGER", nullable: false),
                    SubmittedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SurveyResponses", x => x.Id);
                    table.ForeignKey(
                        name: "FK_SurveyResponses_SurveyCampaigns_CampaignId",
                        column: x => x.CampaignId,
                        principalTable: "SurveyCampaigns",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Assignments",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    PersonId = table.Column<int>(type: "INTEGER", nullable: false),
                    OfficeId = table.Column<int>(type: "INTEGER", nullable: false),
                    Position = table.Column<string>(type: "TEXT", unicode: false, maxLength: 20, nullable: false),
                    PostType = table.Column<string>(type: "TEXT", unicode: false, maxLength: 20, nullable: false),
                    From = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    To = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Assignments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Assignments_Offices_OfficeId",
                        column: x => x.OfficeId,
                        principalTable: "Offices",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Assignments_People_PersonId",
                        column: x => x.PersonId,
                        principalTable: "People",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Employments",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    PersonId = table.Column<int>(type: "INTEGER", nullable: false),
                    Type = table.Column<string>(type: "TEXT", unicode: false, maxLength: 30, nullable: false),
                    SupportJob = table.Column<string>(type: "TEXT", unicode: false, maxLength: 20, nullable: true),
                    Start = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    End = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Employments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Employments_People_PersonId",
                        column: x => x.PersonId,
                        principalTable: "People",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "DeadlineAlerts",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    DossierId = table.Column<long>(type: "INTEGER", nullable: false),
                    DossierCode = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Step = table.Column<int>(type: "INTEGER", nullable: false),
                    DueAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    RaisedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ClosedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    AcknowledgedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    AcknowledgedById = table.Column<string>(type: "TEXT", maxLength: 450, nullable: true),
                    AcknowledgedByName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DeadlineAlerts", x => x.Id);
                    table.ForeignKey(
                        name: "FK_DeadlineAlerts_Dossiers_DossierId",
                        column: x => x.DossierId,
                        principalTable: "Dossiers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "DeadlineWatches",
                columns: table => new
                {
                    DossierId = table.Column<long>(type: "INTEGER", nullable: false),
                    NextCheckAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    DossierVersion = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DeadlineWatches", x => x.DossierId);
                    table.ForeignKey(
                        name: "FK_DeadlineWatches_Dossiers_DossierId",
                        column: x => x.DossierId,
                        principalTable: "Dossiers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "DossierApologies",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    DossierId = table.Column<long>(type: "INTEGER", nullable: false),
                    IssuedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    ResponsibleUnitId = table.Column<int>(type: "INTEGER", nullable: false),
                    PreviousAppointmentAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    NewAppointmentAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    IssuedById = table.Column<string>(type: "TEXT", maxLength: 450, nullable: true),
                    IssuedByName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DossierApologies", x => x.Id);
                    table.ForeignKey(
                        name: "FK_DossierApologies_Dossiers_DossierId",
                        column: x => x.DossierId,
                        principalTable: "Dossiers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_DossierApologies_Units_ResponsibleUnitId",
                        column: x => x.ResponsibleUnitId,
                        principalTable: "Units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "DossierAuditEntries",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    DossierId = table.Column<long>(type: "INTEGER", nullable: false),
                    At = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ActorId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: true),
                    ActorName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Action = table.Column<string>(type: "TEXT", unicode: false, maxLength: 30, nullable: false),
                    FromStatus = table.Column<string>(type: "TEXT", unicode: false, maxLength: 30, nullable: true),
                    ToStatus = table.Column<string>(type: "TEXT", unicode: false, maxLength: 30, nullable: false),
                    NationalStatusCode = table.Column<int>(type: "INTEGER", nullable: false),
                    Before = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    After = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    Note = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DossierAuditEntries", x => x.Id);
                    table.ForeignKey(
                        name: "FK_DossierAuditEntries_Dossiers_DossierId",
                        column: x => x.DossierId,
                        principalTable: "Dossiers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "DossierDocuments",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    DossierId = table.Column<long>(type: "INTEGER", nullable: false),
                    Ordinal = table.Column<int>(type: "INTEGER", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    Originals = table.Column<int>(type: "INTEGER", nullable: false),
                    CertifiedCopies = table.Column<int>(type: "INTEGER", nullable: false),
                    Copies = table.Column<int>(type: "INTEGER", nullable: false),
                    Digitised = table.Column<bool>(type: "INTEGER", nullable: false),
                    FileId = table.Column<string>(type: "TEXT", unicode: false, maxLength: 100, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DossierDocuments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_DossierDocuments_Dossiers_DossierId",
                        column: x => x.DossierId,
                        principalTable: "Dossiers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "DossierHandovers",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    DossierId = table.Column<long>(type: "INTEGER", nullable: false),
                    At = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Action = table.Column<string>(type: "TEXT", unicode: false, maxLength: 30, nullable: false),
                    ActorId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: true),
                    ActorName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    FromUnitId = table.Column<int>(type: "INTEGER", nullable: true),
                    ToUnitId = table.Column<int>(type: "INTEGER", nullable: true),
                    FromOfficerId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: true),
                    ToOfficerId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: true),
                    ToOfficerName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    StepOrdinal = table.Column<int>(type: "INTEGER", nullable: true),
                    StepDueAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    StepResult = table.Column<string>(type: "TEXT", unicode: false, maxLength: 10, nullable: true),
                    Note = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DossierHandovers", x => x.Id);
                    table.ForeignKey(
                        name: "FK_DossierHandovers_Dossiers_DossierId",
                        column: x => x.DossierId,
                        principalTable: "Dossiers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "DossierPauses",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    DossierId = table.Column<long>(type: "INTEGER", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", unicode: false, maxLength: 30, nullable: false),
                    Effect = table.Column<string>(type: "TEXT", unicode: false, maxLength: 10, nullable: false),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    LegalBasis = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    MissingItems = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    StartedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    EndedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    StartedById = table.Column<string>(type: "TEXT", maxLength: 450, nullable: true),
                    EndedById = table.Column<string>(type: "TEXT", maxLength: 450, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DossierPauses", x => x.Id);
                    table.ForeignKey(
                        name: "FK_DossierPauses_Dossiers_DossierId",
                        column: x => x.DossierId,
                        principalTable: "Dossiers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "DossierRatings",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    DossierId = table.Column<long>(type: "INTEGER", nullable: false),
                    UnitId = table.Column<int>(type: "INTEGER", nullable: false),
                    UnitPath = table.Column<string>(type: "TEXT", unicode: false, maxLength: 200, nullable: false),
                    ReturnedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Level = table.Column<string>(type: "TEXT", unicode: false, maxLength: 20, nullable: false),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    Convenience = table.Column<string>(type: "TEXT", unicode: false, maxLength: 20, nullable: true),
                    Overall = table.Column<string>(type: "TEXT", unicode: false, maxLength: 20, nullable: true),
                    Channel = table.Column<string>(type: "TEXT", unicode: false, maxLength: 20, nullable: false),
                    OfficerId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: true),
                    OfficerName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    FirstRatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    RatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ChangeableUntil = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Changes = table.Column<int>(type: "INTEGER", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DossierRatings", x => x.Id);
                    table.ForeignKey(
                        name: "FK_DossierRatings_Dossiers_DossierId",
                        column: x => x.DossierId,
                        principalTable: "Dossiers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "FollowUps",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    DossierId = table.Column<long>(type: "INTEGER", nullable: false),
                    RatingId = table.Column<long>(type: "INTEGER", nullable: false),
                    UnitId = table.Column<int>(type: "INTEGER", nullable: false),
                    UnitPath = table.Column<string>(type: "TEXT", unicode: false, maxLength: 200, nullable: false),
                    AssigneeId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: true),
                    AssigneeName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    OpenedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    AcknowledgeBy = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    ResolveBy = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Status = table.Column<string>(type: "TEXT", unicode: false, maxLength: 20, nullable: false),
                    AcknowledgedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    AcknowledgedByName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    ResolvedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    ResolvedByName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Outcome = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    Upheld = table.Column<bool>(type: "INTEGER", nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_FollowUps", x => x.Id);
                    table.ForeignKey(
                        name: "FK_FollowUps_Dossiers_DossierId",
                        column: x => x.DossierId,
                        principalTable: "Dossiers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "RatingTokens",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    DossierId = table.Column<long>(type: "INTEGER", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", unicode: false, maxLength: 10, nullable: false),
                    Hash = table.Column<string>(type: "TEXT", unicode: false, maxLength: 64, nullable: false),
                    Salt = table.Column<string>(type: "TEXT", unicode: false, maxLength: 40, nullable: false),
                    IssuedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ExpiresAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UsedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    OfficerId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: true),
                    OfficerName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RatingTokens", x => x.Id);
                    table.ForeignKey(
                        name: "FK_RatingTokens_Dossiers_DossierId",
                        column: x => x.DossierId,
                        principalTable: "Dossiers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "SurveyAnswers",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ResponseId = table.Column<long>(type: "INTEGER", nullable: false),
                    CriterionId = table.Column<int>(type: "INTEGER", nullable: false),
                    Score = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SurveyAnswers", x => x.Id);
                    table.ForeignKey(
                        name: "FK_SurveyAnswers_SurveyCriteria_CriterionId",
                        column: x => x.CriterionId,
                        principalTable: "SurveyCriteria",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_SurveyAnswers_SurveyResponses_ResponseId",
                        column: x => x.ResponseId,
                        principalTable: "SurveyResponses",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.InsertData(
                table: "StaffingRules",
                columns: new[] { "Id", "BreachStatus", "Code", "Confidence", "EffectiveFrom", "EffectiveTo", "LegalSource", "Limit", "Measure", "Parameters", "ProvinceClass", "SizeFrom", "SizeTo", "Target", "Text", "TextEn" },
                values: new object[,]
                {
                    { 1, "Violation", "MinStaff", "High", new DateOnly(2020, 11, 25), new DateOnly(2025, 6, 15), "Nghị định 107/2020/NĐ-CP (sửa đổi Nghị định 24/2014/NĐ-CP)", 7, "HeadcountQuota", null, "SpecialCity", null, null, "DepartmentOffice", "Phòng, văn phòng thuộc sở phải có tối thiểu 7 biên chế công chức.", "A division or office of a department needs at least 7 civil-servant posts." },
                    { 2, "Violation", "MinStaff", "High", new DateOnly(2020, 11, 25), new DateOnly(2025, 6, 15), "Nghị định 107/2020/NĐ-CP (sửa đổi Nghị định 24/2014/NĐ-CP)", 6, "HeadcountQuota", null, "ClassI", null, null, "DepartmentOffice", "Phòng, văn phòng thuộc sở phải có tối thiểu 6 biên chế công chức.", "A division or office of a department needs at least 6 civil-servant posts." },
                    { 3, "Violation", "MinStaff", "High", new DateOnly(2020, 11, 25), new DateOnly(2025, 6, 15), "Nghị định 107/2020/NĐ-CP (sửa đổi Nghị định 24/2014/NĐ-CP)", 5, "HeadcountQuota", null, "ClassIIOrIII", null, null, "DepartmentOffice", "Phòng, văn phòng thuộc sở phải có tối thiểu 5 biên chế công chức.", "A division or office of a department needs at least 5 civil-servant posts." },
                    { 4, "Violation", "MinStaff", "High", new DateOnly(2020, 11, 25), new DateOnly(2025, 6, 15), "Nghị định 107/2020/NĐ-CP (sửa đổi Nghị định 24/2014/NĐ-CP)", 12, "HeadcountQuota", null, null, null, null, "SubDepartment", "Chi cục thuộc sở phải có tối thiểu 12 biên chế công chức.", "A sub-department needs at least 12 civil-servant posts." },
                    { 5, "Violation", "MaxDeputyHeads", "High", new DateOnly(2020, 11, 25), new DateOnly(2025, 6, 15), "Nghị định 107/2020/NĐ-CP (sửa đổi Nghị định 24/2014/NĐ-CP)", 1, "HeadcountQuota", null, "SpecialCity", 0, 9, "DepartmentOffice", "Phòng thuộc sở có dưới 10 biên chế được bố trí không quá 1 Phó Trưởng phòng.", "A department division with fewer than 10 posts has at most 1 deputy heads." },
                    { 6, "Violation", "MaxDeputyHeads", "High", new DateOnly(2020, 11, 25), new DateOnly(2025, 6, 15), "Nghị định 107/2020/NĐ-CP (sửa đổi Nghị định 24/2014/NĐ-CP)", 2, "HeadcountQuota", null, "SpecialCity", 10, 14, "DepartmentOffice", "Phòng thuộc sở có từ 10 đến 14 biên chế được bố trí không quá 2 Phó Trưởng phòng.", "A department division with 10 to 14 posts has at most 2 deputy heads." },
                    { 7, "Violation", "MaxDeputyHeads", "High", new DateOnly(2020, 11, 25), new DateOnly(2025, 6, 15), "Nghị định 107/2020/NĐ-CP (sửa đổi Nghị định 24/2014/NĐ-CP)", 3, "HeadcountQuota", null, "SpecialCity", 15, null, "DepartmentOffice", "Phòng thuộc sở có từ 15 biên chế trở lên được bố trí không quá 3 Phó Trưởng phòng.", "A department division with 15 or more posts has at most 3 deputy heads." },
                    { 8, "Violation", "MaxDeputyHeads", "High", new DateOnly(2020, 11, 25), new DateOnly(2025, 6, 15), "Nghị định 107/2020/NĐ-CP (sửa đổi Nghị định 24/2014/NĐ-CP)", 1, "HeadcountQuota", null, "ClassI", 0, 8, "DepartmentOffice", "Phòng thuộc sở có dưới 9 biên chế được bố trí không quá 1 Phó Trưởng phòng.", "A department division with fewer than 9 posts has at most 1 deputy heads." },
                    { 9, "Violation", "MaxDeputyHeads", "High", new DateOnly(2020, 11, 25), new DateOnly(2025, 6, 15), "Nghị định 107/2020/NĐ-CP (sửa đổi Nghị định 24/2014/NĐ-CP)", 2, "HeadcountQuota", null, "ClassI", 9, 14, "DepartmentOffice", "Phòng thuộc sở có từ 9 đến 14 biên chế được bố trí không quá 2 Phó Trưởng phòng.", "A department division with 9 to 14 posts has at most 2 deputy heads." },
                    { 10, "Violation", "MaxDeputyHeads", "High", new DateOnly(2020, 11, 25), new DateOnly(2025, 6, 15), "Nghị định 107/2020/NĐ-CP (sửa đổi Nghị định 24/2014/NĐ-CP)", 3, "HeadcountQuota", null, "ClassI", 15, null, "DepartmentOffice", "Phòng thuộc sở có từ 15 biên chế trở lên được bố trí không quá 3 Phó Trưởng phòng.", "A department division with 15 or more posts has at most 3 deputy heads." },
                    { 11, "Violation", "MaxDeputyHeads", "High", new DateOnly(2020, 11, 25), new DateOnly(2025, 6, 15), "Nghị định 107/2020/NĐ-CP (sửa đổi Nghị định 24/2014/NĐ-CP)", 1, "HeadcountQuota", null, "ClassIIOrIII", 0, 7, "DepartmentOffice", "Phòng thuộc sở có dưới 8 biên chế được bố trí không quá 1 Phó Trưởng phòng.", "A department division with fewer than 8 posts has at most 1 deputy heads." },
                    { 12, "Violation", "MaxDeputyHeads", "High", new DateOnly(2020, 11, 25), new DateOnly(2025, 6, 15), "Nghị định 107/2020/NĐ-CP (sửa đổi Nghị định 24/2014/NĐ-CP)", 2, "HeadcountQuota", null, "ClassIIOrIII", 8, 14, "DepartmentOffice", "Phòng thuộc sở có từ 8 đến 14 biên chế được bố trí không quá 2 Phó Trưởng phòng.", "A department division with 8 to 14 posts has at most 2 deputy heads." },
                    { 13, "Violation", "MaxDeputyHeads", "High", new DateOnly(2020, 11, 25), new DateOnly(2025, 6, 15), "Nghị định 107/2020/NĐ-CP (sửa đổi Nghị định 24/2014/NĐ-CP)", 3, "HeadcountQuota", null, "ClassIIOrIII", 15, null, "DepartmentOffice", "Phòng thuộc sở có từ 15 biên chế trở lên được bố trí không quá 3 Phó Trưởng phòng.", "A department division with 15 or more posts has at most 3 deputy heads." },
                    { 14, "Warning", "MaxDeputyHeads", "Low", new DateOnly(2020, 11, 25), new DateOnly(2025, 6, 15), "Nghị định 107/2020/NĐ-CP (sửa đổi Nghị định 24/2014/NĐ-CP)", 1, "InternalUnits", null, null, 0, 3, "SubDepartment", "Chi cục có từ 3 đơn vị trở xuống được bố trí 1 Phó Chi cục trưởng.", "A sub-department with at most 3 units has 1 deputy head." },
                    { 15, "Warning", "MaxDeputyHeads", "Low", new DateOnly(2020, 11, 25), new DateOnly(2025, 6, 15), "Nghị định 107/2020/NĐ-CP (sửa đổi Nghị định 24/2014/NĐ-CP)", 2, "InternalUnits", null, null, 4, null, "SubDepartment", "Chi cục có từ 4 đơn vị trở lên được bố trí không quá 2 Phó Chi cục trưởng.", "A sub-department with 4 or more units has at most 2 deputy heads." },
                    { 16, "Violation", "MaxDeputyDirectors", "Med", new DateOnly(2020, 11, 25), new DateOnly(2025, 6, 15), "Nghị định 107/2020/NĐ-CP (sửa đổi Nghị định 24/2014/NĐ-CP)", 4, null, null, "SpecialCity", null, null, "DepartmentLeadership", "Bình quân mỗi sở có 4 Phó Giám đốc; tỉnh phân bổ tổng số cho các sở.", "On average 4 deputy directors per department; the province allocates the total." },
                    { 17, "Violation", "MaxDeputyDirectors", "Med", new DateOnly(2020, 11, 25), new DateOnly(2025, 6, 15), "Nghị định 107/2020/NĐ-CP (sửa đổi Nghị định 24/2014/NĐ-CP)", 3, null, null, "ClassI", null, null, "DepartmentLeadership", "Bình quân mỗi sở có 3 Phó Giám đốc; tỉnh phân bổ tổng số cho các sở.", "On average 3 deputy directors per department; the province allocates the total." },
                    { 18, "Violation", "MaxDeputyDirectors", "Med", new DateOnly(2020, 11, 25), new DateOnly(2025, 6, 15), "Nghị định 107/2020/NĐ-CP (sửa đổi Nghị định 24/2014/NĐ-CP)", 3, null, null, "ClassIIOrIII", null, null, "DepartmentLeadership", "Bình quân mỗi sở có 3 Phó Giám đốc; tỉnh phân bổ tổng số cho các sở.", "On average 3 deputy directors per department; the province allocates the total." },
                    { 19, "Warning", "MinStaff", "Unverified", new DateOnly(2025, 6, 16), null, "Nghị định 150/2025/NĐ-CP (ngưỡng mang sang từ 107/2020, chưa đối chiếu văn bản)", 7, "HeadcountQuota", null, "SpecialCity", null, null, "DepartmentOffice", "Phòng, văn phòng thuộc sở phải có tối thiểu 7 biên chế công chức.", "A division or office of a department needs at least 7 civil-servant posts." },
                    { 20, "Warning", "MinStaff", "Unverified", new DateOnly(2025, 6, 16), null, "Nghị định 150/2025/NĐ-CP (ngưỡng mang sang từ 107/2020, chưa đối chiếu văn bản)", 6, "HeadcountQuota", null, "ClassI", null, null, "DepartmentOffice", "Phòng, văn phòng thuộc sở phải có tối thiểu 6 biên chế công chức.", "A division or office of a department needs at least 6 civil-servant posts." },
                    { 21, "Warning", "MinStaff", "Unverified", new DateOnly(2025, 6, 16), null, "Nghị định 150/2025/NĐ-CP (ngưỡng mang sang từ 107/2020, chưa đối chiếu văn bản)", 5, "HeadcountQuota", null, "ClassIIOrIII", null, null, "DepartmentOffice", "Phòng, văn phòng thuộc sở phải có tối thiểu 5 biên chế công chức.", "A division or office of a department needs at least 5 civil-servant posts." },
                    { 22, "Warning", "MinStaff", "Unverified", new DateOnly(2025, 6, 16), null, "Nghị định 150/2025/NĐ-CP (ngưỡng mang sang từ 107/2020, chưa đối chiếu văn bản)", 12, "HeadcountQuota", null, null, null, null, "SubDepartment", "Chi cục thuộc sở phải có tối thiểu 12 biên chế công chức.", "A sub-department needs at least 12 civil-servant posts." },
                    { 23, "Warning", "MaxDeputyHeads", "Unverified", new DateOnly(2025, 6, 16), null, "Nghị định 150/2025/NĐ-CP (ngưỡng mang sang từ 107/2020, chưa đối chiếu văn bản)", 1, "HeadcountQuota", null, "SpecialCity", 0, 9, "DepartmentOffice", "Phòng thuộc sở có dưới 10 biên chế được bố trí không quá 1 Phó Trưởng phòng.", "A department division with fewer than 10 posts has at most 1 deputy heads." },
                    { 24, "Warning", "MaxDeputyHeads", "Unverified", new DateOnly(2025, 6, 16), null, "Nghị định 150/2025/NĐ-CP (ngưỡng mang sang từ 107/2020, chưa đối chiếu văn bản)", 2, "HeadcountQuota", null, "SpecialCity", 10, 14, "DepartmentOffice", "Phòng thuộc sở có từ 10 đến 14 biên chế được bố trí không quá 2 Phó Trưởng phòng.", "A department division with 10 to 14 posts has at most 2 deputy heads." },
                    { 25, "Warning", "MaxDeputyHeads", "Unverified", new DateOnly(2025, 6, 16), null, "Nghị định 150/2025/NĐ-CP (ngưỡng mang sang từ 107/2020, chưa đối chiếu văn bản)", 3, "HeadcountQuota", null, "SpecialCity", 15, null, "DepartmentOffice", "Phòng thuộc sở có từ 15 biên chế trở lên được bố trí không quá 3 Phó Trưởng phòng.", "A department division with 15 or more posts has at most 3 deputy heads." },
                    { 26, "Warning", "MaxDeputyHeads", "Unverified", new DateOnly(2025, 6, 16), null, "Nghị định 150/2025/NĐ-CP (ngưỡng mang sang từ 107/2020, chưa đối chiếu văn bản)", 1, "HeadcountQuota", null, "ClassI", 0, 8, "DepartmentOffice", "Phòng thuộc sở có dưới 9 biên chế được bố trí không quá 1 Phó Trưởng phòng.", "A department division with fewer than 9 posts has at most 1 deputy heads." },
                    { 27, "Warning", "MaxDeputyHeads", "Unverified", new DateOnly(2025, 6, 16), null, "Nghị định 150/2025/NĐ-CP (ngưỡng mang sang từ 107/2020, chưa đối chiếu văn bản)", 2, "HeadcountQuota", null, "ClassI", 9, 14, "DepartmentOffice", "Phòng thuộc sở có từ 9 đến 14 biên chế được bố trí không quá 2 Phó Trưởng phòng.", "A department division with 9 to 14 posts has at most 2 deputy heads." },
                    { 28, "Warning", "MaxDeputyHeads", "Unverified", new DateOnly(2025, 6, 16), null, "Nghị định 150/2025/NĐ-CP (ngưỡng mang sang từ 107/2020, chưa đối chiếu văn bản)", 3, "HeadcountQuota", null, "ClassI", 15, null, "DepartmentOffice", "Phòng thuộc sở có từ 15 biên chế trở lên được bố trí không quá 3 Phó Trưởng phòng.", "A department division with 15 or more posts has at most 3 deputy heads." },
                    { 29, "Warning", "MaxDeputyHeads", "Unverified", new DateOnly(2025, 6, 16), null, "Nghị định 150/2025/NĐ-CP (ngưỡng mang sang từ 107/2020, chưa đối chiếu văn bản)", 1, "HeadcountQuota", null, "ClassIIOrIII", 0, 7, "DepartmentOffice", "Phòng thuộc sở có dưới 8 biên chế được bố trí không quá 1 Phó Trưởng phòng.", "A department division with fewer than 8 posts has at most 1 deputy heads." },
                    { 30, "Warning", "MaxDeputyHeads", "Unverified", new DateOnly(2025, 6, 16), null, "Nghị định 150/2025/NĐ-CP (ngưỡng mang sang từ 107/2020, chưa đối chiếu văn bản)", 2, "HeadcountQuota", null, "ClassIIOrIII", 8, 14, "DepartmentOffice", "Phòng thuộc sở có từ 8 đến 14 biên chế được bố trí không quá 2 Phó Trưởng phòng.", "A department division with 8 to 14 posts has at most 2 deputy heads." },
                    { 31, "Warning", "MaxDeputyHeads", "Unverified", new DateOnly(2025, 6, 16), null, "Nghị định 150/2025/NĐ-CP (ngưỡng mang sang từ 107/2020, chưa đối chiếu văn bản)", 3, "HeadcountQuota", null, "ClassIIOrIII", 15, null, "DepartmentOffice", "Phòng thuộc sở có từ 15 biên chế trở lên được bố trí không quá 3 Phó Trưởng phòng.", "A department division with 15 or more posts has at most 3 deputy heads." },
                    { 32, "Warning", "MaxDeputyHeads", "Unverified", new DateOnly(2025, 6, 16), null, "Nghị định 150/2025/NĐ-CP (ngưỡng mang sang từ 107/2020, chưa đối chiếu văn bản)", 1, "InternalUnits", null, null, 0, 3, "SubDepartment", "Chi cục có từ 3 đơn vị trở xuống được bố trí 1 Phó Chi cục trưởng.", "A sub-department with at most 3 units has 1 deputy head." },
                    { 33, "Warning", "MaxDeputyHeads", "Unverified", new DateOnly(2025, 6, 16), null, "Nghị định 150/2025/NĐ-CP (ngưỡng mang sang từ 107/2020, chưa đối chiếu văn bản)", 2, "InternalUnits", null, null, 4, null, "SubDepartment", "Chi cục có từ 4 đơn vị trở lên được bố trí không quá 2 Phó Chi cục trưởng.", "A sub-department with 4 or more units has at most 2 deputy heads." },
                    { 34, "Warning", "MaxDeputyDirectors", "Unverified", new DateOnly(2025, 6, 16), null, "Nghị định 150/2025/NĐ-CP (ngưỡng mang sang từ 107/2020, chưa đối chiếu văn bản)", 4, null, null, "SpecialCity", null, null, "DepartmentLeadership", "Bình quân mỗi sở có 4 Phó Giám đốc; tỉnh phân bổ tổng số cho các sở.", "On average 4 deputy directors per department; the province allocates the total." },
                    { 35, "Warning", "MaxDeputyDirectors", "Unverified", new DateOnly(2025, 6, 16), null, "Nghị định 150/2025/NĐ-CP (ngưỡng mang sang từ 107/2020, chưa đối chiếu văn bản)", 3, null, null, "ClassI", null, null, "DepartmentLeadership", "Bình quân mỗi sở có 3 Phó Giám đốc; tỉnh phân bổ tổng số cho các sở.", "On average 3 deputy directors per department; the province allocates the total." },
                    { 36, "Warning", "MaxDeputyDirectors", "Unverified", new DateOnly(2025, 6, 16), null, "Nghị định 150/2025/NĐ-CP (ngưỡng mang sang từ 107/2020, chưa đối chiếu văn bản)", 3, null, null, "ClassIIOrIII", null, null, "DepartmentLeadership", "Bình quân mỗi sở có 3 Phó Giám đốc; tỉnh phân bổ tổng số cho các sở.", "On average 3 deputy directors per department; the province allocates the total." },
                    { 37, "Warning", "MaxDeputyHeads", "Unverified", new DateOnly(2020, 11, 25), new DateOnly(2025, 6, 30), "Nghị định 108/2020/NĐ-CP (sửa đổi Nghị định 37/2014/NĐ-CP)", 2, "HeadcountQuota", null, null, 0, 9, "DistrictOffice", "Phòng thuộc UBND cấp huyện dưới 10 biên chế được bố trí không quá 2 Phó Trưởng phòng.", "A district office with fewer than 10 posts has at most 2 deputy heads." },
                    { 38, "Warning", "MaxDeputyHeads", "Unverified", new DateOnly(2020, 11, 25), new DateOnly(2025, 6, 30), "Nghị định 108/2020/NĐ-CP (sửa đổi Nghị định 37/2014/NĐ-CP)", 3, "HeadcountQuota", null, null, 10, null, "DistrictOffice", "Phòng thuộc UBND cấp huyện từ 10 biên chế trở lên được bố trí không quá 3 Phó Trưởng phòng.", "A district office with 10 or more posts has at most 3 deputy heads." },
                    { 39, "Violation", "SupportContractJobs", "Med", new DateOnly(2023, 2, 22), null, "Nghị định 111/2022/NĐ-CP", null, null, "Driver,Guard,Receptionist,Cleaner,ParkingAttendant,Maintenance,Cook,OtherSupport", null, null, null, "AdministrativeAgency", "Cơ quan hành chính chỉ ký hợp đồng lao động làm công việc hỗ trợ, phục vụ (lái xe, bảo vệ, lễ tân, tạp vụ…); không làm chuyên môn, nghiệp vụ.", "Administrative agencies may use labour contracts only for support jobs (driver, guard, receptionist, cleaner…), never professional work." },
                    { 40, "Violation", "PublicEmployeeProfessionalWork", "Med", new DateOnly(2023, 2, 22), null, "Nghị định 111/2022/NĐ-CP; chỉ đạo của UBND tỉnh", null, null, null, null, null, null, "AdministrativeAgency", "Vị trí chuyên môn, nghiệp vụ trong cơ quan hành chính do công chức trong biên chế đảm nhiệm, không bố trí viên chức.", "Professional posts in administrative agencies are held by civil servants within the quota, not public employees." },
                    { 41, "Violation", "Contract173Term", "High", new DateOnly(2025, 7, 1), null, "Nghị định 173/2025/NĐ-CP", 24, null, null, null, null, null, "AdministrativeAgency", "Hợp đồng lao động theo Nghị định 173/2025 có thời hạn không quá 24 tháng.", "A Decree 173/2025 labour contract lasts at most 24 months." },
                    { 42, "Violation", "Contract173RoutineWork", "High", new DateOnly(2025, 7, 1), null, "Nghị định 173/2025/NĐ-CP, điều 7.2.a", null, null, null, null, null, null, "AdministrativeAgency", "Không ký hợp đồng để làm công việc quản lý nhà nước thường xuyên, liên tục.", "No contract may be used for regular, continuous state-management work." },
                    { 43, "Warning", "ContractEnding", "High", new DateOnly(2018, 1, 1), null, "OneStop: cảnh báo nghiệp vụ", 30, null, null, null, null, null, "AdministrativeAgency", "Hợp đồng sắp hết hạn trong 30 ngày.", "A contract ends within 30 days." },
                    { 44, "Warning", "DeskSeniority", "Low", new DateOnly(2025, 7, 1), null, "Dự thảo nghị định thay thế (báo chí đưa tin)", 24, null, null, null, null, null, "OneStopDesk", "Công chức làm việc tại Bộ phận Một cửa có thâm niên tối thiểu 24 tháng trong ngành.", "One-stop desk officers have at least 24 months' seniority in their sector." }
                });

            migrationBuilder.CreateIndex(
                name: "IX_AspNetRoleClaims_RoleId",
                table: "AspNetRoleClaims",
                column: "RoleId");

            migrationBuilder.CreateIndex(
                name: "RoleNameIndex",
                table: "AspNetRoles",
                column: "NormalizedName",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_AspNetUserClaims_UserId",
                table: "AspNetUserClaims",
                column: "UserId");

            migrationBuilder.CreateIndex(
                name: "IX_AspNetUserLogins_UserId",
                table: "AspNetUserLogins",
                column: "UserId");

            migrationBuilder.CreateIndex(
                name: "IX_AspNetUserRoles_RoleId",
                table: "AspNetUserRoles",
                column: "RoleId");

            migrationBuilder.CreateIndex(
                name: "EmailIndex",
                table: "AspNetUsers",
                column: "NormalizedEmail");

            migrationBuilder.CreateIndex(
                name: "UserNameIndex",
                table: "AspNetUsers",
                column: "NormalizedUserName",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Assignments_OfficeId_From",
                table: "Assignments",
                columns: new[] { "OfficeId", "From" });

            migrationBuilder.CreateIndex(
                name: "IX_Assignments_PersonId_From",
                table: "Assignments",
                columns: new[] { "PersonId", "From" });

            migrationBuilder.CreateIndex(
                name: "IX_DeadlineAlerts_DossierId_ClosedAt",
                table: "DeadlineAlerts",
                columns: new[] { "DossierId", "ClosedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_DeadlineAlerts_DossierId_Kind_Step_DueAt",
                table: "DeadlineAlerts",
                columns: new[] { "DossierId", "Kind", "Step", "DueAt" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_DeadlineAlerts_RaisedAt_Id",
                table: "DeadlineAlerts",
                columns: new[] { "RaisedAt", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_DeadlineWatches_NextCheckAt",
                table: "DeadlineWatches",
                column: "NextCheckAt");

            migrationBuilder.CreateIndex(
                name: "IX_DossierApologies_DossierId",
                table: "DossierApologies",
                column: "DossierId");

            migrationBuilder.CreateIndex(
                name: "IX_DossierApologies_ResponsibleUnitId",
                table: "DossierApologies",
                column: "ResponsibleUnitId");

            migrationBuilder.CreateIndex(
                name: "IX_DossierAuditEntries_DossierId",
                table: "DossierAuditEntries",
                column: "DossierId");

            migrationBuilder.CreateIndex(
                name: "IX_DossierDocuments_Digitised_DossierId",
                table: "DossierDocuments",
                columns: new[] { "Digitised", "DossierId" });

            migrationBuilder.CreateIndex(
                name: "IX_DossierDocuments_DossierId_Ordinal",
                table: "DossierDocuments",
                columns: new[] { "DossierId", "Ordinal" });

            migrationBuilder.CreateIndex(
                name: "IX_DossierHandovers_DossierId",
                table: "DossierHandovers",
                column: "DossierId");

            migrationBuilder.CreateIndex(
                name: "IX_DossierPauses_DossierId_StartedAt",
                table: "DossierPauses",
                columns: new[] { "DossierId", "StartedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_DossierRatings_DossierId",
                table: "DossierRatings",
                column: "DossierId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_DossierRatings_UnitPath_ReturnedOn",
                table: "DossierRatings",
                columns: new[] { "UnitPath", "ReturnedOn" });

            migrationBuilder.CreateIndex(
                name: "IX_Dossiers_AgencyCode_ReceivedOn_Sequence",
                table: "Dossiers",
                columns: new[] { "AgencyCode", "ReceivedOn", "Sequence" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Dossiers_AssigneeId_Status",
                table: "Dossiers",
                columns: new[] { "AssigneeId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_Dossiers_Code",
                table: "Dossiers",
                column: "Code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Dossiers_CurrentUnitId",
                table: "Dossiers",
                column: "CurrentUnitId");

            migrationBuilder.CreateIndex(
                name: "IX_Dossiers_CurrentUnitPath_ReceivedAt",
                table: "Dossiers",
                columns: new[] { "CurrentUnitPath", "ReceivedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_Dossiers_ProcedureCode",
                table: "Dossiers",
                column: "ProcedureCode");

            migrationBuilder.CreateIndex(
                name: "IX_Dossiers_ProcedureId",
                table: "Dossiers",
                column: "ProcedureId");

            migrationBuilder.CreateIndex(
                name: "IX_Dossiers_ProcedureVersionId",
                table: "Dossiers",
                column: "ProcedureVersionId");

            migrationBuilder.CreateIndex(
                name: "IX_Dossiers_ReceivedAt",
                table: "Dossiers",
                column: "ReceivedAt");

            migrationBuilder.CreateIndex(
                name: "IX_Dossiers_ReceivingUnitId",
                table: "Dossiers",
                column: "ReceivingUnitId");

            migrationBuilder.CreateIndex(
                name: "IX_Dossiers_ReceivingUnitPath_ReceivedAt",
                table: "Dossiers",
                columns: new[] { "ReceivingUnitPath", "ReceivedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_Dossiers_Report",
                table: "Dossiers",
                columns: new[] { "FinishedAt", "ReceivedAt", "LegalAppointmentAt", "ReceivingUnitPath", "Status", "ReceivingUnitId", "ProcedureId", "FieldId", "Channel", "Lateness", "ProcessingUnit", "LegalDueDate" });

            migrationBuilder.CreateIndex(
                name: "IX_Dossiers_Status_AppointmentAt",
                table: "Dossiers",
                columns: new[] { "Status", "AppointmentAt" });

            migrationBuilder.CreateIndex(
                name: "IX_Employments_PersonId_Start",
                table: "Employments",
                columns: new[] { "PersonId", "Start" });

            migrationBuilder.CreateIndex(
                name: "IX_FollowUps_DossierId",
                table: "FollowUps",
                column: "DossierId");

            migrationBuilder.CreateIndex(
                name: "IX_FollowUps_UnitPath_Status_OpenedAt",
                table: "FollowUps",
                columns: new[] { "UnitPath", "Status", "OpenedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_Holidays_Date",
                table: "Holidays",
                column: "Date",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Holidays_Year",
                table: "Holidays",
                column: "Year");

            migrationBuilder.CreateIndex(
                name: "IX_LegalDocuments_Number",
                table: "LegalDocuments",
                column: "Number",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_LegalDocuments_ReplacedById",
                table: "LegalDocuments",
                column: "ReplacedById");

            migrationBuilder.CreateIndex(
                name: "IX_Offices_Code",
                table: "Offices",
                column: "Code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Offices_UnitId",
                table: "Offices",
                column: "UnitId");

            migrationBuilder.CreateIndex(
                name: "IX_People_PersonKey",
                table: "People",
                column: "PersonKey",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_People_UnitId",
                table: "People",
                column: "UnitId");

            migrationBuilder.CreateIndex(
                name: "IX_People_UserId",
                table: "People",
                column: "UserId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ProcedureFees_VersionId_Ordinal",
                table: "ProcedureFees",
                columns: new[] { "VersionId", "Ordinal" });

            migrationBuilder.CreateIndex(
                name: "IX_ProcedureFields_Code",
                table: "ProcedureFields",
                column: "Code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ProcedureLegalBases_LegalDocumentId",
                table: "ProcedureLegalBases",
                column: "LegalDocumentId");

            migrationBuilder.CreateIndex(
                name: "IX_ProcedureRequiredDocuments_VersionId_Ordinal",
                table: "ProcedureRequiredDocuments",
                columns: new[] { "VersionId", "Ordinal" });

            migrationBuilder.CreateIndex(
                name: "IX_ProcedureResultDocuments_VersionId_Ordinal",
                table: "ProcedureResultDocuments",
                columns: new[] { "VersionId", "Ordinal" });

            migrationBuilder.CreateIndex(
                name: "IX_Procedures_Code",
                table: "Procedures",
                column: "Code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ProcedureSteps_VersionId_Ordinal",
                table: "ProcedureSteps",
                columns: new[] { "VersionId", "Ordinal" });

            migrationBuilder.CreateIndex(
                name: "IX_ProcedureVersions_Code",
                table: "ProcedureVersions",
                column: "Code");

            migrationBuilder.CreateIndex(
                name: "IX_ProcedureVersions_FieldId",
                table: "ProcedureVersions",
                column: "FieldId");

            migrationBuilder.CreateIndex(
                name: "IX_ProcedureVersions_Name",
                table: "ProcedureVersions",
                column: "Name");

            migrationBuilder.CreateIndex(
                name: "IX_ProcedureVersions_ProcedureId_Number",
                table: "ProcedureVersions",
                columns: new[] { "ProcedureId", "Number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ProcedureVersions_SearchText_Status_EffectiveFrom_EffectiveTo",
                table: "ProcedureVersions",
                columns: new[] { "SearchText", "Status", "EffectiveFrom", "EffectiveTo" });

            migrationBuilder.CreateIndex(
                name: "IX_ProcedureVersionUnits_UnitId",
                table: "ProcedureVersionUnits",
                column: "UnitId");

            migrationBuilder.CreateIndex(
                name: "IX_RatingTokens_DossierId_Kind",
                table: "RatingTokens",
                columns: new[] { "DossierId", "Kind" });

            migrationBuilder.CreateIndex(
                name: "IX_RatingTokens_Hash",
                table: "RatingTokens",
                column: "Hash",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_StaffingRules_Code_EffectiveFrom",
                table: "StaffingRules",
                columns: new[] { "Code", "EffectiveFrom" });

            migrationBuilder.CreateIndex(
                name: "IX_SurveyAnswers_CriterionId",
                table: "SurveyAnswers",
                column: "CriterionId");

            migrationBuilder.CreateIndex(
                name: "IX_SurveyAnswers_ResponseId",
                table: "SurveyAnswers",
                column: "ResponseId");

            migrationBuilder.CreateIndex(
                name: "IX_SurveyCampaigns_QuestionnaireId",
                table: "SurveyCampaigns",
                column: "QuestionnaireId");

            migrationBuilder.CreateIndex(
                name: "IX_SurveyCampaigns_UnitId_PeriodFrom",
                table: "SurveyCampaigns",
                columns: new[] { "UnitId", "PeriodFrom" });

            migrationBuilder.CreateIndex(
                name: "IX_SurveyCriteria_QuestionnaireId_Code",
                table: "SurveyCriteria",
                columns: new[] { "QuestionnaireId", "Code" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_SurveyInvitations_CampaignId",
                table: "SurveyInvitations",
                column: "CampaignId");

            migrationBuilder.CreateIndex(
                name: "IX_SurveyInvitations_Hash",
                table: "SurveyInvitations",
                column: "Hash",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_SurveyQuestionnaires_Code_Version",
                table: "SurveyQuestionnaires",
                columns: new[] { "Code", "Version" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_SurveyResponses_CampaignId",
                table: "SurveyResponses",
                column: "CampaignId");

            migrationBuilder.CreateIndex(
                name: "IX_Units_Code",
                table: "Units",
                column: "Code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Units_ParentId",
                table: "Units",
                column: "ParentId");

            migrationBuilder.CreateIndex(
                name: "IX_Units_Path",
                table: "Units",
                column: "Path");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "AspNetRoleClaims");

            migrationBuilder.DropTable(
                name: "AspNetUserClaims");

            migrationBuilder.DropTable(
                name: "AspNetUserLogins");

            migrationBuilder.DropTable(
                name: "AspNetUserRoles");

            migrationBuilder.DropTable(
                name: "AspNetUserTokens");

            migrationBuilder.DropTable(
                name: "Assignments");

            migrationBuilder.DropTable(
                name: "DataProtectionKeys");

            migrationBuilder.DropTable(
                name: "DeadlineAlerts");

            migrationBuilder.DropTable(
                name: "DeadlineWatches");

            migrationBuilder.DropTable(
                name: "DossierApologies");

            migrationBuilder.DropTable(
                name: "DossierAuditEntries");

            migrationBuilder.DropTable(
                name: "DossierCounters");

            migrationBuilder.DropTable(
                name: "DossierDocuments");

            migrationBuilder.DropTable(
                name: "DossierHandovers");

            migrationBuilder.DropTable(
                name: "DossierPauses");

            migrationBuilder.DropTable(
                name: "DossierPolicies");

            migrationBuilder.DropTable(
                name: "DossierRatings");

            migrationBuilder.DropTable(
                name: "Employments");

            migrationBuilder.DropTable(
                name: "FollowUps");

            migrationBuilder.DropTable(
                name: "Holidays");

            migrationBuilder.DropTable(
                name: "ProcedureFees");

            migrationBuilder.DropTable(
                name: "ProcedureLegalBases");

            migrationBuilder.DropTable(
                name: "ProcedureRequiredDocuments");

            migrationBuilder.DropTable(
                name: "ProcedureResultDocuments");

            migrationBuilder.DropTable(
                name: "ProcedureSteps");

            migrationBuilder.DropTable(
                name: "ProcedureVersionUnits");

            migrationBuilder.DropTable(
                name: "RatingTokens");

            migrationBuilder.DropTable(
                name: "StaffingRules");

            migrationBuilder.DropTable(
                name: "StoredFiles");

            migrationBuilder.DropTable(
                name: "SurveyAnswers");

            migrationBuilder.DropTable(
                name: "SurveyInvitations");

            migrationBuilder.DropTable(
                name: "AspNetRoles");

            migrationBuilder.DropTable(
                name: "Offices");

            migrationBuilder.DropTable(
                name: "People");

            migrationBuilder.DropTable(
                name: "LegalDocuments");

            migrationBuilder.DropTable(
                name: "Dossiers");

            migrationBuilder.DropTable(
                name: "SurveyCriteria");

            migrationBuilder.DropTable(
                name: "SurveyResponses");

            migrationBuilder.DropTable(
                name: "AspNetUsers");

            migrationBuilder.DropTable(
                name: "ProcedureVersions");

            migrationBuilder.DropTable(
                name: "Units");

            migrationBuilder.DropTable(
                name: "SurveyCampaigns");

            migrationBuilder.DropTable(
                name: "ProcedureFields");

            migrationBuilder.DropTable(
                name: "Procedures");

            migrationBuilder.DropTable(
                name: "SurveyQuestionnaires");
        }
    }
}
