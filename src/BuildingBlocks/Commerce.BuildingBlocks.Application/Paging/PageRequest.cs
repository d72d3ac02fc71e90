namespace Commerce.BuildingBlocks.Application.Paging;

/// <summary>Paging limits shared by every list endpoint, so clients meet the same bounds everywhere.</summary>
public static class PageRequest
{
    public const int DefaultPageSize = 20;
    public const int MaxPageSize = 100;

    /// <summary>The last page a list can be asked for: the rows it skips, (page − 1) × size, must fit an int.</summary>
    public const int MaxPage = int.MaxValue / MaxPageSize;
}
