using Commerce.BuildingBlocks.Application;
using System.Security.Cryptography;
using Microsoft.IdentityModel.Tokens;

namespace Commerce.Users.Infrastructure.TokenServer;

/// <summary>The token server's RSA keys, read from PEM files; each named by its RFC 7638 thumbprint (<c>kid</c>).</summary>
internal static class TokenKeys
{
    public static IReadOnlyList<RsaSecurityKey> Signing(TokenServerOptions options) =>
        options.SigningKeyFiles.Length > 0
            ? [.. options.SigningKeyFiles.Select(Read)]
            : [Read(Development(options, "signing.pem"))];

    public static RsaSecurityKey Encryption(TokenServerOptions options) =>
        Read(options.EncryptionKeyFile is { Length: > 0 } file ? file : Development(options, "encryption.pem"));

    private static string Development(TokenServerOptions options, string name)
    {
        if (!options.CreateDevelopmentKeys)
        {
            throw new SettingRefusedException(
                $"{TokenServerOptions.Section}:SigningKeyFiles and :EncryptionKeyFile must name PEM RSA private keys (see README, Users); "
                + "only development creates its own.");
        }

        var path = Path.Combine(options.DevelopmentKeyFolder, name);
        if (!File.Exists(path))
        {
            Directory.CreateDirectory(options.DevelopmentKeyFolder);
            using var rsa = RSA.Create(2048);
            var temporary = path + "." + Guid.NewGuid().ToString("N");
            File.WriteAllText(temporary, rsa.ExportPkcs8PrivateKeyPem());
            if (!OperatingSystem.IsWindows())
            {
                File.SetUnixFileMode(temporary, UnixFileMode.UserRead | UnixFileMode.UserWrite);
            }

            // Two hosts starting at once (the API tests) must end up with one key, not each its own.
            try
            {
                File.Move(temporary, path, overwrite: false);
            }
            catch (IOException) when (File.Exists(path))
            {
                File.Delete(temporary);
            }
        }

        return path;
    }

    private static RsaSecurityKey Read(string path)
    {
        var rsa = RSA.Create();
        try
        {
            rsa.ImportFromPem(File.ReadAllText(path));
        }
        catch (Exception exception) when (exception is IOException or ArgumentException or CryptographicException or UnauthorizedAccessException)
        {
            rsa.Dispose();
            throw new SettingRefusedException($"The token key file '{path}' is not a readable PEM RSA private key: {exception.Message}", exception);
        }

        var key = new RsaSecurityKey(rsa);
        key.KeyId = Base64UrlEncoder.Encode(JsonWebKeyConverter.ConvertFromRSASecurityKey(key).ComputeJwkThumbprint());
        return key;
    }
}
