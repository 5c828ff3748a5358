using System.Net;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text.Json.Nodes;
using static OneStop.Api.Tests.Features.Dossiers.DossierApi;

namespace OneStop.Api.Tests.Features.Attachments;

public sealed class FileUploadTests(OneStopApiFactory factory) : IClassFixture<OneStopApiFactory>
{
    private static readonly byte[] PdfBytes = [.. "%PDF-1.7\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n"u8];

    private static async Task<HttpResponseMessage> UploadAsync(HttpClient client, byte[] content, string name)
    {
        using var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(content);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        form.Add(file, "file", name);
        return await client.PostAsync("/files", form);
    }

    private static async Task<JsonNode> UploadOkAsync(HttpClient client, byte[] content, string name)
    {
        var response = await UploadAsync(client, content, name);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.Created, body);
        return JsonNode.Parse(body)!;
    }

    [Fact]
    public async Task A_pdf_is_stored_by_its_sha256_and_downloads_unchanged()
    {
        var desk = await factory.ClientAsync(Receptionist);
        var uploaded = await UploadOkAsync(desk, PdfBytes, "to-khai.pdf");
        var sha = Convert.ToHexStringLower(SHA256.HashData(PdfBytes));
        Assert.Equal(sha, uploaded["id"]!.GetValue<string>());
        Assert.Equal("application/pdf", uploaded["contentType"]!.GetValue<string>());
        Assert.Equal(PdfBytes.Length, uploaded["size"]!.GetValue<long>());
        Assert.Equal(PdfBytes, await desk.GetByteArrayAsync($"/files/{sha}"));
        // The same content again is the same file.
        Assert.Equal(sha, (await UploadOkAsync(desk, PdfBytes, "ban-sao.pdf"))["id"]!.GetValue<string>());
    }

    [Theory]
    [InlineData("virus.exe", new byte[] { 0x4D, 0x5A, 0x90, 0x00, 0x03, 0x00, 0x00, 0x00 })]
    [InlineData("fake.pdf", new byte[] { 0x3C, 0x68, 0x74, 0x6D, 0x6C, 0x3E, 0x00, 0x00 })]
    [InlineData("archive.zip", new byte[] { 0x50, 0x4B, 0x03, 0x04, 0x14, 0x00, 0x00, 0x00 })]
    public async Task Content_that_is_not_an_allowed_type_is_refused_whatever_its_name(string name, byte[] content)
    {
        var response = await UploadAsync(await factory.ClientAsync(Receptionist), content, name);
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
        Assert.Contains("UNSUPPORTED_FILE_TYPE", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Files_over_the_limit_are_refused()
    {
        var big = new byte[(20 * 1024 * 1024) + 1];
        PdfBytes.CopyTo(big, 0);
        var response = await UploadAsync(await factory.ClientAsync(Receptionist), big, "big.pdf");
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Contains("FILE_TOO_LARGE", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Anonymous_and_read_only_users_cannot_upload()
    {
        Assert.Equal(HttpStatusCode.Unauthorized, (await UploadAsync(factory.CreateClient(), PdfBytes, "a.pdf")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await UploadAsync(await factory.ClientAsync(Analyst), PdfBytes, "a.pdf")).StatusCode);
    }

    [Fact]
    public async Task An_attached_scan_digitises_its_component_and_only_the_dossiers_units_may_download_it()
    {
        await EnsureCatalogueAsync(factory);
        var desk = await factory.ClientAsync(Receptionist);
        var scan = "%PDF-1.4\nscan of the application form\n%%EOF\n"u8.ToArray();
        var fileId = (await UploadOkAsync(desk, scan, "don.pdf"))["id"]!.GetValue<string>();
        var d = await ReceiveOkAsync(desk, Intake(name: "Phan Thị Số"));
        var payload = await ActAsync(desk, "attachDossierFile", "AttachDossierFileInput",
            new { code = d["code"]!.GetValue<string>(), expectedVersion = d["version"]!.GetValue<int>(), fileId, documentOrdinal = 1 });
        Assert.Empty(payload["errors"]!.AsArray());
        var documents = (await desk.DataAsync("query($c: String!) { dossier(code: $c) { documents { ordinal digitised fileId } } }",
            new { c = d["code"]!.GetValue<string>() }))["dossier"]!["documents"]!.AsArray();
        var first = documents.Single(x => x!["ordinal"]!.GetValue<int>() == 1)!;
        Assert.True(first["digitised"]!.GetValue<bool>());
        Assert.Equal(fileId, first["fileId"]!.GetValue<string>());

        Assert.Equal(scan, await (await factory.ClientAsync(Inspector)).GetByteArrayAsync($"/files/{fileId}"));
        var stranger = await factory.ClientAsync(OtherReceptionist);
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.GetAsync($"/files/{fileId}")).StatusCode);
        // Nor may another district attach a file it cannot read.
        var foreign = await ActAsync(stranger, "attachDossierFile", "AttachDossierFileInput",
            new { code = d["code"]!.GetValue<string>(), expectedVersion = 99, fileId, documentOrdinal = 1 });
        Assert.Equal("NOT_FOUND", foreign["errors"]![0]!["code"]!.GetValue<string>());
    }

    [Fact]
    public async Task The_electronic_result_can_only_be_attached_once_there_is_a_result()
    {
        await EnsureCatalogueAsync(factory);
        var desk = await factory.ClientAsync(Receptionist);
        var fileId = (await UploadOkAsync(desk, "%PDF-1.4\nresult\n%%EOF\n"u8.ToArray(), "ket-qua.pdf"))["id"]!.GetValue<string>();
        var d = await ReceiveOkAsync(desk, Intake(name: "Võ Văn Kết"));
        var payload = await ActAsync(desk, "attachDossierFile", "AttachDossierFileInput",
            new { code = d["code"]!.GetValue<string>(), expectedVersion = d["version"]!.GetValue<int>(), fileId });
        Assert.Equal("INVALID_TRANSITION", payload["errors"]![0]!["code"]!.GetValue<string>());
    }
}
