namespace Commerce.BuildingBlocks.Application.Errors;

/// <summary>
/// Turns a technology's exception (a unique-index violation, a refused connection) into one of the error kinds
/// the API knows. Implemented in Infrastructure, the only layer that knows those technologies.
/// </summary>
public interface IExceptionTranslator
{
    /// <returns>The translated exception, or null when this translator does not know <paramref name="exception"/>.</returns>
    Exception? Translate(Exception exception);
}
