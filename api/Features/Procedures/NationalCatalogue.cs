using System.Text.Json.Serialization;

namespace OneStop.Api.Features.Procedures;

/// <summary>
/// The national TTHC catalogue's export, as the import reads it (keys follow the national database's Vietnamese names).
/// One entry is one version of one procedure; <c>maTTHC</c> + <c>phienBan</c> identify it, which makes the import idempotent.
/// </summary>
public sealed record NationalCatalogue([property: JsonPropertyName("thuTucHanhChinh")] IReadOnlyList<NationalProcedure>? Procedures);

public sealed record NationalProcedure(
    [property: JsonPropertyName("maTTHC")] string? Code,
    [property: JsonPropertyName("phienBan")] int? Version,
    [property: JsonPropertyName("tenTTHC")] string? Name,
    [property: JsonPropertyName("linhVuc")] NationalField? Field,
    [property: JsonPropertyName("capThucHien")] IReadOnlyList<string>? Levels,
    [property: JsonPropertyName("doiTuongThucHien")] IReadOnlyList<string>? ApplicantTypes,
    [property: JsonPropertyName("thoiHanGiaiQuyet")] NationalProcessingTime? ProcessingTime,
    [property: JsonPropertyName("gioTiepNhanCuoi")] string? CutOffHour,
    [property: JsonPropertyName("phiLePhi")] IReadOnlyList<NationalFee>? Fees,
    [property: JsonPropertyName("thanhPhanHoSo")] IReadOnlyList<NationalDocument>? RequiredDocuments,
    [property: JsonPropertyName("ketQuaThucHien")] IReadOnlyList<string>? ResultDocuments,
    [property: JsonPropertyName("canCuPhapLy")] IReadOnlyList<string>? LegalBases,
    [property: JsonPropertyName("dichVuCongTrucTuyen")] string? OnlineService,
    [property: JsonPropertyName("mucDo")] int? LegacyOnlineLevel,
    [property: JsonPropertyName("quyTrinhNoiBo")] IReadOnlyList<NationalStep>? Steps,
    [property: JsonPropertyName("coQuanThucHien")] IReadOnlyList<string>? ImplementingUnits,
    [property: JsonPropertyName("noiTiepNhan")] IReadOnlyList<string>? ReceivingUnits,
    [property: JsonPropertyName("ngayCoHieuLuc")] DateOnly? EffectiveFrom);

public sealed record NationalField([property: JsonPropertyName("ma")] string Code, [property: JsonPropertyName("ten")] string Name);

public sealed record NationalProcessingTime([property: JsonPropertyName("soLuong")] decimal Amount, [property: JsonPropertyName("donVi")] string Unit);

public sealed record NationalFee(
    [property: JsonPropertyName("ten")] string Ten,
    [property: JsonPropertyName("mucPhi")] long MucPhi,
    [property: JsonPropertyName("moTa")] string? MoTa);

public sealed record NationalDocument(
    [property: JsonPropertyName("ten")] string Ten,
    [property: JsonPropertyName("banChinh")] int BanChinh,
    [property: JsonPropertyName("banSaoChungThuc")] int BanSaoChungThuc,
    [property: JsonPropertyName("banSao")] int BanSao,
    [property: JsonPropertyName("mauDon")] string? MauDon);

public sealed record NationalStep(
    [property: JsonPropertyName("ten")] string Ten,
    [property: JsonPropertyName("vaiTro")] string? VaiTro,
    [property: JsonPropertyName("donVi")] string? DonVi,
    [property: JsonPropertyName("thoiGian")] decimal ThoiGian);
