using Riok.Mapperly.Abstractions;

namespace OneStop.Api.Features.Procedures;

/// <summary>National catalogue parts → our content records (STYLE.md R5: payload mappings use Mapperly).</summary>
[Mapper]
public static partial class NationalCatalogueMapper
{
    [MapProperty(nameof(NationalFee.Ten), nameof(FeeData.Name))]
    [MapProperty(nameof(NationalFee.MucPhi), nameof(FeeData.Amount))]
    [MapProperty(nameof(NationalFee.MoTa), nameof(FeeData.PayerNotes))]
    public static partial FeeData ToFee(NationalFee fee);

    [MapProperty(nameof(NationalDocument.Ten), nameof(RequiredDocumentData.Name))]
    [MapProperty(nameof(NationalDocument.BanChinh), nameof(RequiredDocumentData.Originals))]
    [MapProperty(nameof(NationalDocument.BanSaoChungThuc), nameof(RequiredDocumentData.CertifiedCopies))]
    [MapProperty(nameof(NationalDocument.BanSao), nameof(RequiredDocumentData.Copies))]
    [MapProperty(nameof(NationalDocument.MauDon), nameof(RequiredDocumentData.FormTemplate))]
    public static partial RequiredDocumentData ToDocument(NationalDocument document);

    [MapProperty(nameof(NationalStep.Ten), nameof(StepData.Name))]
    [MapProperty(nameof(NationalStep.VaiTro), nameof(StepData.Role))]
    [MapProperty(nameof(NationalStep.DonVi), nameof(StepData.Unit))]
    [MapProperty(nameof(NationalStep.ThoiGian), nameof(StepData.Budget))]
    public static partial StepData ToStep(NationalStep step);
}
