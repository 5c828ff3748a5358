namespace OneStop.Api.Features.Procedures;

/// <summary>A field of administrative procedures (lĩnh vực), e.g. <c>Hộ tịch</c>, with its national code.</summary>
public sealed class ProcedureField
{
    public int Id { get; init; }
    public required string Code { get; init; }
    public required string Name { get; set; }
}
