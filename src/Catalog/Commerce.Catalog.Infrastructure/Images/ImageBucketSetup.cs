using Amazon.S3;
using Amazon.S3.Util;
using Microsoft.Extensions.Hosting;

namespace Commerce.Catalog.Infrastructure.Images;

/// <summary>Creates the images bucket when <see cref="ImageStoreOptions.CreateBucket"/> asks for it (local and test hosts).</summary>
internal sealed class ImageBucketSetup(IAmazonS3 s3, ImageStoreOptions options) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        if (!await AmazonS3Util.DoesS3BucketExistV2Async(s3, options.Bucket))
        {
            try
            {
                await s3.PutBucketAsync(options.Bucket, cancellationToken);
            }
            catch (AmazonS3Exception exception) when (exception.ErrorCode is "BucketAlreadyOwnedByYou" or "BucketAlreadyExists")
            {
                // Another host created it first.
            }
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
