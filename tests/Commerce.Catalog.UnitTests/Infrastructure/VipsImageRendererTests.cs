using System.Buffers.Binary;
using System.Text;
using Commerce.Catalog.Domain.Images;
using Commerce.Catalog.Infrastructure.Images;
using NetVips;

namespace Commerce.Catalog.UnitTests.Infrastructure;

/// <summary>The real libvips on real files: what the processor accepts, how it renders, and what it refuses.</summary>
public class VipsImageRendererTests
{
    private readonly VipsImageRenderer renderer = new();

    [Fact]
    public void A_png_is_rendered_to_webp_within_each_size_keeping_its_shape()
    {
        var rendering = renderer.Render(Png(1000, 600), ImageRules.Png);

        rendering.Failure.Should().BeNull();
        (rendering.Width, rendering.Height).Should().Be((1000, 600));
        (rendering.Thumbnail!.Width, rendering.Thumbnail.Height).Should().Be((200, 120));
        (rendering.Medium!.Width, rendering.Medium.Height).Should().Be((800, 480));
        using var decoded = Image.NewFromBuffer(rendering.Thumbnail.Content);
        decoded.Width.Should().Be(200);
        Encoding.ASCII.GetString(rendering.Medium.Content, 8, 4).Should().Be("WEBP");
        rendering.Medium.ContentType.Should().Be(ImageRules.WebP);
    }

    [Fact]
    public void A_small_picture_is_never_enlarged()
    {
        var rendering = renderer.Render(Jpeg(150, 100), ImageRules.Jpeg);

        (rendering.Thumbnail!.Width, rendering.Medium!.Width).Should().Be((150, 150));
    }

    [Fact]
    public void Text_named_like_an_image_is_not_an_image()
    {
        renderer.Render(Encoding.UTF8.GetBytes("just some text, saved as photo.png"), ImageRules.Png)
            .Failure.Should().Be(ImageRules.Failures.NotAnImage);
    }

    [Fact]
    public void A_png_sent_as_a_jpeg_is_refused()
    {
        renderer.Render(Png(10, 10), ImageRules.Jpeg).Failure.Should().Be(ImageRules.Failures.TypeMismatch);
    }

    [Fact]
    public void A_small_file_claiming_a_huge_picture_is_refused_before_it_is_decoded()
    {
        var bomb = WithDimensions(Png(8, 8), 30_000, 30_000);

        var rendering = renderer.Render(bomb, ImageRules.Png);

        rendering.Failure.Should().Be(ImageRules.Failures.TooManyPixels);
        rendering.Thumbnail.Should().BeNull();
    }

    [Fact]
    public void A_truncated_jpeg_is_unreadable_rather_than_half_rendered()
    {
        var whole = Jpeg(640, 480, noise: true);

        renderer.Render(whole[..(whole.Length / 2)], ImageRules.Jpeg).Failure.Should().Be(ImageRules.Failures.Unreadable);
    }

    [Fact]
    public void A_file_over_the_upload_limit_is_refused_unread()
    {
        var tooLarge = new byte[ImageRules.MaxUploadBytes + 1];
        Png(8, 8).CopyTo(tooLarge, 0);

        renderer.Render(tooLarge, ImageRules.Png).Failure.Should().Be(ImageRules.Failures.TooLarge);
    }

    private static byte[] Png(int width, int height)
    {
        using var image = Image.Black(width, height, bands: 3) + 90;
        return image.PngsaveBuffer();
    }

    private static byte[] Jpeg(int width, int height, bool noise = false)
    {
        using var image = noise ? Image.Gaussnoise(width, height) : Image.Black(width, height) + 128;
        return image.Cast(Enums.BandFormat.Uchar).JpegsaveBuffer(q: 90);
    }

    /// <summary>The same PNG with its header (IHDR) saying another size, its checksum made right again.</summary>
    private static byte[] WithDimensions(byte[] png, int width, int height)
    {
        var copy = (byte[])png.Clone();
        const int ihdrData = 16; // signature (8) + chunk length (4) + "IHDR" (4)
        BinaryPrimitives.WriteInt32BigEndian(copy.AsSpan(ihdrData), width);
        BinaryPrimitives.WriteInt32BigEndian(copy.AsSpan(ihdrData + 4), height);
        BinaryPrimitives.WriteUInt32BigEndian(copy.AsSpan(ihdrData + 13), Crc32(copy.AsSpan(12, 17)));
        return copy;
    }

    private static uint Crc32(ReadOnlySpan<byte> bytes)
    {
        var crc = 0xFFFFFFFFu;
        foreach (var b in bytes)
        {
            crc ^= b;
            for (var bit = 0; bit < 8; bit++)
            {
                crc = (crc & 1) != 0 ? (crc >> 1) ^ 0xEDB88320u : crc >> 1;
            }
        }

        return ~crc;
    }
}
