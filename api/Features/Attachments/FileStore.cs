using System.Security.Cryptography;

namespace OneStop.Api.Features.Attachments;

/// <summary>
/// Content-addressed files on disk: <c>&lt;root&gt;/&lt;first two hex digits&gt;/&lt;sha256&gt;</c>. The root is
/// <c>Files:Root</c> (default <c>../data/files</c> beside the database). Writes go to a temporary file first, so a
/// failed upload never leaves a partial file under its final name.
/// </summary>
public sealed class FileStore(IConfiguration config, IWebHostEnvironment env)
{
    public string Root { get; } = Path.GetFullPath(config["Files:Root"] ?? "../data/files", env.ContentRootPath);

    public long MaxBytes { get; } = config.GetValue("Files:MaxBytes", 20L * 1024 * 1024);

    public string PathOf(string sha256) => Path.Combine(Root, sha256[..2], sha256);

    /// <summary>Copies the stream to a temporary file while hashing it; null when it exceeds the limit.</summary>
    public async Task<(string Sha256, long Size, string TempPath)?> WriteTempAsync(Stream content, CancellationToken ct)
    {
        Directory.CreateDirectory(Root);
        var temp = Path.Combine(Root, $".upload-{Guid.NewGuid():N}");
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        long size = 0;
        var buffer = new byte[81920];
        await using (var file = File.Create(temp))
        {
            int read;
            while ((read = await content.ReadAsync(buffer, ct)) > 0)
            {
                size += read;
                if (size > MaxBytes)
                {
                    file.Close();
                    File.Delete(temp);
                    return null;
                }
                hash.AppendData(buffer, 0, read);
                await file.WriteAsync(buffer.AsMemory(0, read), ct);
            }
        }
        return (Convert.ToHexStringLower(hash.GetHashAndReset()), size, temp);
    }

    /// <summary>Moves a hashed temporary file to its content address (or drops it when that content is stored already).</summary>
    public void Commit(string tempPath, string sha256)
    {
        var target = PathOf(sha256);
        Directory.CreateDirectory(Path.GetDirectoryName(target)!);
        if (File.Exists(target)) File.Delete(tempPath);
        else File.Move(tempPath, target);
    }
}
