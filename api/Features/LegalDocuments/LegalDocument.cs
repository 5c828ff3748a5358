using OneStop.Api.Infrastructure.Errors;
using OneStop.Api.Infrastructure.Text;

namespace OneStop.Api.Features.LegalDocuments;

/// <summary>Kinds of legal document (văn bản quy phạm pháp luật and decisions), highest rank first.</summary>
public enum LegalDocumentKind
{
    Law,
    Ordinance,
    Resolution,
    Decree,
    Decision,
    Circular,
    JointCircular,
    Other,
}

/// <summary>
/// A legal document a procedure may cite as its legal basis (căn cứ pháp lý). <see cref="Number"/> is its official
/// number (<c>61/2018/NĐ-CP</c>). It is in force from <see cref="EffectiveFrom"/> until the day before
/// <see cref="ExpiresOn"/>; a partially expired document (hết hiệu lực một phần) is still in force for the rest.
/// </summary>
public sealed class LegalDocument
{
    public int Id { get; init; }
    public required string Number { get; init; }
    public required LegalDocumentKind Kind { get; set; }
    public required string Title { get; set; }
    public required string Issuer { get; set; }
    public required DateOnly IssuedOn { get; set; }
    public required DateOnly EffectiveFrom { get; set; }

    /// <summary>First day the document is no longer in force; null while it is.</summary>
    public DateOnly? ExpiresOn { get; set; }

    public bool PartiallyExpired { get; set; }
    public int? ReplacedById { get; set; }

    /// <summary>Folded number and title for diacritic-insensitive search.</summary>
    public required string SearchText { get; set; }

    /// <summary>Optimistic concurrency token, incremented by every change.</summary>
    public int Revision { get; set; } = 1;

    public bool IsInForceOn(DateOnly day) => EffectiveFrom <= day && (ExpiresOn is null || day < ExpiresOn);

    public static (LegalDocument? Document, DomainError? Error) Create(LegalDocumentData data)
    {
        var number = data.Number.Trim();
        if (number.Length is < 3 or > 60 || !number.Contains('/', StringComparison.Ordinal))
            return (null, new ValidationError("number", "Số hiệu văn bản không hợp lệ (ví dụ 61/2018/NĐ-CP).", "The document number is invalid (e.g. 61/2018/NĐ-CP)."));
        var doc = new LegalDocument
        {
            Number = number, Kind = data.Kind, Title = "", Issuer = "", IssuedOn = data.IssuedOn, EffectiveFrom = data.EffectiveFrom, SearchText = "",
        };
        return doc.Apply(data) is { } error ? (null, error) : (doc, null);
    }

    public DomainError? Update(LegalDocumentData data, int expectedRevision)
    {
        if (expectedRevision != Revision) return new ConcurrencyConflictError(Revision);
        if (Apply(data) is { } error) return error;
        Revision++;
        return null;
    }

    /// <summary>Records that <paramref name="replacement"/> replaces this document from <paramref name="expiresOn"/>.</summary>
    public DomainError? MarkReplaced(LegalDocument replacement, DateOnly expiresOn)
    {
        if (replacement.Id == Id)
            return new ValidationError("replacedByNumber", "Văn bản không thể thay thế chính nó.", "A document cannot replace itself.");
        if (expiresOn <= EffectiveFrom)
            return new ValidationError("expiresOn", "Ngày hết hiệu lực phải sau ngày có hiệu lực.", "The expiry date must be after the effective date.");
        ReplacedById = replacement.Id;
        ExpiresOn = expiresOn;
        PartiallyExpired = false;
        Revision++;
        return null;
    }

    private ValidationError? Apply(LegalDocumentData data)
    {
        var title = data.Title.Trim();
        var issuer = data.Issuer.Trim();
        if (title.Length is < 3 or > 500)
            return new ValidationError("title", "Trích yếu phải dài từ 3 đến 500 ký tự.", "The title must be 3 to 500 characters long.");
        if (issuer.Length is < 2 or > 200)
            return new ValidationError("issuer", "Cơ quan ban hành phải dài từ 2 đến 200 ký tự.", "The issuer must be 2 to 200 characters long.");
        if (data.EffectiveFrom < data.IssuedOn)
            return new ValidationError("effectiveFrom", "Ngày có hiệu lực không được trước ngày ban hành.", "The effective date cannot be before the issue date.");
        if (data.ExpiresOn is { } exp && exp <= data.EffectiveFrom)
            return new ValidationError("expiresOn", "Ngày hết hiệu lực phải sau ngày có hiệu lực.", "The expiry date must be after the effective date.");
        Kind = data.Kind;
        Title = title;
        Issuer = issuer;
        IssuedOn = data.IssuedOn;
        EffectiveFrom = data.EffectiveFrom;
        ExpiresOn = data.ExpiresOn;
        PartiallyExpired = data.PartiallyExpired;
        SearchText = VietnameseText.Fold($"{Number} {title}");
        return null;
    }
}

/// <summary>The editable content of a legal document.</summary>
public sealed record LegalDocumentData(string Number, LegalDocumentKind Kind, string Title, string Issuer, DateOnly IssuedOn,
    DateOnly EffectiveFrom, DateOnly? ExpiresOn, bool PartiallyExpired);
