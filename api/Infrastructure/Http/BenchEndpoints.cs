using System.Text.Json;
using Microsoft.Data.Sqlite;

namespace OneStop.Api.Infrastructure.Http;

/// <summary>
/// A bare ASP.NET Core endpoint answering what <c>{ __typename }</c> answers, mapped only when
/// <c>Bench:BareEndpoint=true</c>. The benchmark (bench/run.mjs) divides GraphQL throughput by this one, measured
/// in the same run on the same machine, so the GraphQL overhead is a ratio rather than a machine-dependent number.
/// </summary>
public static class BenchEndpoints
{
    private static readonly byte[] Body = """{"data":{"__typename":"Query"}}"""u8.ToArray();

    public static void MapBenchEndpoints(this WebApplication app)
    {
        if (!app.Configuration.GetValue("Bench:BareEndpoint", false)) return;
        app.MapMethods("/bench/bare", [HttpMethods.Get, HttpMethods.Post], async (HttpContext http) =>
        {
            http.Response.ContentType = MediaTypes.Json + "; charset=utf-8";
            http.Response.ContentLength = Body.Length;
            await http.Response.Body.WriteAsync(Body, http.RequestAborted);
        }).ExcludeFromDescription();

        // The raw-SQL reference of bench/scenarios/dossiers.mjs: the same 50 dossiers, with procedure, units, applicant and
        // current step, in one SQL statement run with Microsoft.Data.Sqlite directly and written with Utf8JsonWriter.
        var connectionString = app.Configuration.GetConnectionString("OneStop");
        app.MapGet("/bench/dossiers-sql", async (HttpContext http) =>
        {
            await using var connection = new SqliteConnection(connectionString);
            await connection.OpenAsync(http.RequestAborted);
            await using var command = connection.CreateCommand();
            command.CommandText = DossiersSql;
            await using var reader = await command.ExecuteReaderAsync(http.RequestAborted);
            http.Response.ContentType = MediaTypes.Json + "; charset=utf-8";
            await using var json = new Utf8JsonWriter(http.Response.Body);
            json.WriteStartObject();
            json.WriteStartObject("data");
            json.WriteStartObject("dossiers");
            json.WriteStartArray("nodes");
            while (await reader.ReadAsync(http.RequestAborted))
            {
                json.WriteStartObject();
                json.WriteString("id", Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes($"Dossier:{reader.GetInt64(0)}")));
                json.WriteString("code", reader.GetString(1));
                json.WriteString("status", reader.GetString(2));
                json.WriteNumber("nationalStatusCode", reader.GetInt32(3));
                json.WriteString("receivedAt", reader.GetString(4));
                if (reader.IsDBNull(5)) json.WriteNull("appointmentAt"); else json.WriteString("appointmentAt", reader.GetString(5));
                json.WriteStartObject("procedure");
                json.WriteString("code", reader.GetString(6));
                json.WriteString("name", reader.GetString(7));
                json.WriteEndObject();
                json.WriteStartObject("receivingUnit");
                json.WriteString("code", reader.GetString(8));
                json.WriteString("name", reader.GetString(9));
                json.WriteEndObject();
                json.WriteStartObject("currentUnit");
                json.WriteString("code", reader.GetString(10));
                json.WriteString("name", reader.GetString(11));
                json.WriteEndObject();
                json.WriteStartObject("applicant");
                json.WriteString("kind", reader.GetString(12));
                json.WriteString("fullName", reader.GetString(13));
                if (reader.IsDBNull(14)) json.WriteNull("phone"); else json.WriteString("phone", reader.GetString(14));
                json.WriteEndObject();
                if (reader.IsDBNull(15)) json.WriteNull("currentStep");
                else
                {
                    json.WriteStartObject("currentStep");
                    json.WriteNumber("ordinal", reader.GetInt32(15));
                    json.WriteString("name", reader.GetString(16));
                    if (reader.IsDBNull(17)) json.WriteNull("dueAt"); else json.WriteString("dueAt", reader.GetString(17));
                    json.WriteEndObject();
                }
                json.WriteEndObject();
            }
            json.WriteEndArray();
            json.WriteEndObject();
            json.WriteEndObject();
            json.WriteEndObject();
        }).ExcludeFromDescription();
    }

    /// <summary>What <c>dossiers(first: 50)</c> (newest first) with procedure, units, applicant and current step reads.</summary>
    public const string DossiersSql = """
        SELECT d.Id, d.Code, d.Status, d.NationalStatusCode, d.ReceivedAt, d.AppointmentAt, v.Code, v.Name, ru.Code, ru.Name, cu.Code, cu.Name,
               d.ApplicantKind, d.ApplicantName, d.ApplicantPhone, s.Ordinal, s.Name, d.CurrentStepDueAt
        FROM Dossiers d
        JOIN ProcedureVersions v ON v.Id = d.ProcedureVersionId
        JOIN Units ru ON ru.Id = d.ReceivingUnitId
        JOIN Units cu ON cu.Id = d.CurrentUnitId
        LEFT JOIN ProcedureSteps s ON s.VersionId = d.ProcedureVersionId AND s.Ordinal = d.CurrentStep
        ORDER BY d.ReceivedAt DESC, d.Id DESC
        LIMIT 50
        """;
}
