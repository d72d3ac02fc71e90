namespace Commerce.BuildingBlocks.Application.Paging;

/// <summary>Paging limits shared by every list endpoint, so clients meet the same bounds everywhere.</summary>
public static class PageRequest
{
    public const int DefaultPageSize = 20;
    public const int MaxPageSize = 100;
}
