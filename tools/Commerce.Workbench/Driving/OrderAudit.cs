namespace Commerce.Workbench.Driving;

/// <summary>
/// Checks every accepted order end to end once the flow has settled: none lost, none twice, each Confirmed, Cancelled or
/// Shipped, stock that agrees with the orders (reserved = what the confirmed orders hold; on hand less what shipped), and
/// money that agrees with them: a confirmed order's total authorized and nothing captured, a shipped or delivered
/// one's total captured, a cancelled one with nothing captured and no authorization left open.
/// </summary>
internal sealed record OrderAudit(
    int Attempts, int Accepted, int Refused, int Unanswered, int OrdersFound, int Lost, int Duplicated, int Unsettled,
    int Confirmed, int Shipped, int Cancelled, int UnansweredButPlaced, int StockMismatches, int PaymentMismatches, IReadOnlyList<string> Problems)
{
    public bool Passed => Lost == 0 && Duplicated == 0 && Unsettled == 0 && StockMismatches == 0 && PaymentMismatches == 0;

    /// <summary>Where a settled order's payment must stand, or null when it does.</summary>
    private static string? PaymentProblem(OrderRow order) => order.Status switch
    {
        "Confirmed" when order.PaymentStatus != "Authorized" || order.AmountAuthorized != order.Totals.Total || order.AmountCaptured != 0 =>
            $"confirmed order {order.Id}: payment {order.PaymentStatus}, authorized {order.AmountAuthorized} of {order.Totals.Total}, captured {order.AmountCaptured}",
        "Shipped" or "Delivered" when order.AmountCaptured != order.Totals.Total || order.AmountRefunded > order.AmountCaptured =>
            $"{order.Status} order {order.Id}: captured {order.AmountCaptured} of {order.Totals.Total}, refunded {order.AmountRefunded}",
        "Cancelled" when order.AmountCaptured != 0 || order.PaymentStatus is "Pending" or "Authorized" =>
            $"cancelled order {order.Id} ({order.CancellationCode}): payment {order.PaymentStatus}, captured {order.AmountCaptured}",
        _ => null,
    };

    /// <param name="stockShop">Where stock is read when Inventory runs in another host than Ordering.</param>
    public static async Task<OrderAudit> SettleAsync(
        ShopClient shop, IReadOnlyCollection<Attempt> attempts, IReadOnlyDictionary<Guid, int> initialStock, TimeSpan within, ShopClient? stockShop = null)
    {
        var deadline = DateTime.UtcNow + within;
        List<OrderRow> orders;
        while (true)
        {
            orders = await shop.OrdersAsync();
            if (orders.All(o => o.Status != "Pending" && PaymentProblem(o) is null) || DateTime.UtcNow > deadline)
            {
                break;
            }

            await Task.Delay(500);
        }

        var problems = new List<string>();
        var byId = orders.ToDictionary(o => o.Id);
        var accepted = attempts.Where(a => a.OrderId is not null).ToList();
        var lost = accepted.Where(a => !byId.ContainsKey(a.OrderId!.Value)).ToList();
        problems.AddRange(lost.Take(5).Select(a => $"accepted order {a.OrderId} of {a.User} is missing"));

        // Each user checks out one basket once: a second order for a user is a duplicate.
        var duplicated = orders.GroupBy(o => o.UserName).Where(g => g.Count() > 1).ToList();
        problems.AddRange(duplicated.Take(5).Select(g => $"{g.Key} has {g.Count()} orders"));

        var unsettled = orders.Where(o => o.Status is not ("Confirmed" or "Cancelled" or "Shipped" or "Delivered")).ToList();
        problems.AddRange(unsettled.Take(5).Select(o => $"order {o.Id} is still {o.Status}"));

        var acceptedIds = accepted.Select(a => a.OrderId!.Value).ToHashSet();
        var unanswered = attempts.Where(a => a.Status is null).Select(a => a.User).ToHashSet(StringComparer.Ordinal);
        var placedUnanswered = orders.Count(o => !acceptedIds.Contains(o.Id) && unanswered.Contains(o.UserName));
        var strangers = orders.Where(o => !acceptedIds.Contains(o.Id) && !unanswered.Contains(o.UserName)).ToList();
        problems.AddRange(strangers.Take(5).Select(o => $"order {o.Id} of {o.UserName} was never accepted nor in flight"));

        var mismatches = 0;
        foreach (var (productId, onHand) in initialStock)
        {
            var stock = await (stockShop ?? shop).StockAsync(productId);
            int Units(params string[] statuses) =>
                orders.Where(o => statuses.Contains(o.Status)).SelectMany(o => o.Lines).Where(l => l.ProductId == productId).Sum(l => l.Quantity);
            var (held, gone) = (Units("Confirmed"), Units("Shipped", "Delivered"));
            if (stock.OnHand != onHand - gone || stock.Reserved != held)
            {
                mismatches++;
                problems.Add($"product {productId}: on hand {stock.OnHand} (expected {onHand} less {gone} shipped), reserved {stock.Reserved}, confirmed orders hold {held}");
            }
        }

        var payments = orders.Select(PaymentProblem).OfType<string>().ToList();
        problems.AddRange(payments.Take(5));

        return new OrderAudit(
            attempts.Count, accepted.Count, attempts.Count(a => a.Status is not null and not 202), unanswered.Count, orders.Count,
            lost.Count, duplicated.Count + strangers.Count, unsettled.Count,
            orders.Count(o => o.Status == "Confirmed"), orders.Count(o => o.Status is "Shipped" or "Delivered"), orders.Count(o => o.Status == "Cancelled"), placedUnanswered, mismatches, payments.Count, problems);
    }

    public override string ToString() =>
        $"{Attempts} checkouts: {Accepted} accepted (202), {Refused} refused, {Unanswered} unanswered ({UnansweredButPlaced} of those placed); " +
        $"{OrdersFound} orders: {Confirmed} confirmed, {Shipped} shipped, {Cancelled} cancelled; lost {Lost}, duplicated {Duplicated}, unsettled {Unsettled}, stock mismatches {StockMismatches}, payment mismatches {PaymentMismatches}" +
        (Problems.Count == 0 ? string.Empty : $"{System.Environment.NewLine}  - " + string.Join($"{System.Environment.NewLine}  - ", Problems));
}
