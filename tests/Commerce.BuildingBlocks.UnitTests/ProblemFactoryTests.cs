using System.Text.Json;
using Commerce.BuildingBlocks.Api.Errors;
using Commerce.BuildingBlocks.Application.Errors;
using Commerce.BuildingBlocks.Domain;
using FluentValidation;
using FluentValidation.Results;
using Microsoft.AspNetCore.Http;

namespace Commerce.BuildingBlocks.UnitTests;

public class ProblemFactoryTests
{
    [Fact]
    public void Validation_failures_become_400_with_camel_cased_fields()
    {
        var problem = ProblemFactory.From(new ValidationException(
        [
            new ValidationFailure("Name", "required"),
            new ValidationFailure("Items[0].UnitPrice", "negative"),
            new ValidationFailure("Name", "too short"),
        ]));

        problem.Status.Should().Be(400);
        problem.Extensions["code"].Should().Be(ErrorCodes.ValidationFailed);
        problem.Extensions["errors"].Should().BeEquivalentTo(new Dictionary<string, string[]>
        {
            ["name"] = ["required", "too short"],
            ["items[0].unitPrice"] = ["negative"],
        });
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public void Each_error_kind_has_its_status_and_code(Exception exception, int status, string code)
    {
        var problem = ProblemFactory.From(exception);

        problem.Status.Should().Be(status);
        problem.Extensions["code"].Should().Be(code);
    }

    public static TheoryData<Exception, int, string> Kinds() => new()
    {
        { new InvalidValueException("negative_price", "no"), 400, "negative_price" },
        { new DomainException("basket_empty", "no"), 422, "basket_empty" },
        { new NotFoundException("Product", Guid.Empty), 404, "product_not_found" },
        { new ConflictException("sku_taken", "no", "sku"), 409, "sku_taken" },
        { new DependencyUnavailableException("PostgreSQL", new InvalidOperationException()), 503, ErrorCodes.DependencyUnavailable },
        { new BadHttpRequestException("too big", 413), 413, ErrorCodes.PayloadTooLarge },
        { new InvalidOperationException("secret detail"), 500, ErrorCodes.Internal },
    };

    [Fact]
    public void An_invalid_value_is_named_by_the_routes_own_field_for_its_code()
    {
        var refused = new InvalidValueException("first_name_required", "The first name is required.");

        ProblemFactory.From(refused, new ErrorFields().Text("first_name", "buyer.firstName")).Extensions["errors"]
            .Should().BeEquivalentTo(new Dictionary<string, string[]> { ["buyer.firstName"] = ["The first name is required."] });
        ProblemFactory.From(refused, new ErrorFields().Text("first_name", "firstName")).Extensions["errors"]
            .Should().BeEquivalentTo(new Dictionary<string, string[]> { ["firstName"] = ["The first name is required."] }, "the old shop's routes name it their way");
        var unmapped = ProblemFactory.From(refused);
        unmapped.Extensions.Should().NotContainKey("errors");
        unmapped.Extensions["code"].Should().Be("first_name_required");
    }

    [Fact]
    public void An_input_refused_outside_the_domain_names_its_field()
    {
        var problem = ProblemFactory.From(new InvalidInputException("Idempotency-Key", "invalid_idempotency_key", "too long"));

        problem.Extensions["errors"].Should().BeEquivalentTo(new Dictionary<string, string[]> { ["Idempotency-Key"] = ["too long"] });
    }

    [Fact]
    public void Malformed_json_names_the_field_at_fault()
    {
        var json = new JsonException("could not convert", "$.price", 0, 10);

        var problem = ProblemFactory.From(new BadHttpRequestException("bad body", json));

        problem.Status.Should().Be(400);
        problem.Extensions["code"].Should().Be(ErrorCodes.MalformedJson);
        ((IDictionary<string, string[]>)problem.Extensions["errors"]!).Keys.Should().Equal("price");
    }

    [Fact]
    public void A_query_parameter_of_the_wrong_type_is_named()
    {
        var problem = ProblemFactory.From(new BadHttpRequestException("""Failed to bind parameter "int? page" from "abc"."""));

        problem.Extensions["code"].Should().Be(ErrorCodes.InvalidParameter);
        ((IDictionary<string, string[]>)problem.Extensions["errors"]!).Keys.Should().Equal("page");
    }

    [Fact]
    public void An_unexpected_error_does_not_leak_its_message() =>
        ProblemFactory.From(new InvalidOperationException("connection string with password")).Detail
            .Should().NotContain("password");
}
