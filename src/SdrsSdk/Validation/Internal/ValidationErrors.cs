using System.Runtime.CompilerServices;

namespace SdrsSdk.Validation.Internal;

/// <summary>
/// Collects the broken rules of an options type or a multi-rule argument, then reports them all in one
/// <see cref="ArgumentException"/>: <c>Invalid {type}: {error} {error} …</c> (the shape of Polly's
/// <c>ValidationHelper</c>). Nested options add their errors through <see cref="For"/>, so each names its path
/// (<c>Retry.MaxRetries …</c>).
/// </summary>
internal sealed class ValidationErrors
{
    private readonly List<string> _errors;
    private readonly string _prefix;
    private readonly StrongBox<string?> _firstParamName;

    /// <summary>Initializes an empty collection.</summary>
    public ValidationErrors()
        : this([], string.Empty, new StrongBox<string?>()) { }

    private ValidationErrors(List<string> errors, string prefix, StrongBox<string?> firstParamName)
    {
        _errors = errors;
        _prefix = prefix;
        _firstParamName = firstParamName;
    }

    /// <summary>Gets the broken rules collected so far (through every view of this collection).</summary>
    public IReadOnlyList<string> Errors => _errors;

    /// <summary>A view that adds to the same collection, prefixing each error with <c>{member}.</c>.</summary>
    public ValidationErrors For(string member) => new(_errors, $"{_prefix}{member}.", _firstParamName);

    /// <summary>Adds a broken rule.</summary>
    /// <param name="error">The rule, naming the field.</param>
    /// <param name="paramName">
    /// The member the rule is about; the first one given becomes the exception's <see
    /// cref="ArgumentException.ParamName"/>.
    /// </param>
    public void Add(string error, string? paramName = null)
    {
        _errors.Add(_prefix + error);
        _firstParamName.Value ??= paramName;
    }

    /// <summary>Adds <paramref name="error"/> when <paramref name="broken"/> is <see langword="true"/>.</summary>
    /// <returns><paramref name="broken"/>.</returns>
    public bool AddIf(bool broken, string error, string? paramName = null)
    {
        if (broken)
        {
            Add(error, paramName);
        }

        return broken;
    }

    /// <summary>Adds the rule of an optional string: when given, it is not empty or white space.</summary>
    /// <returns><see langword="true"/> when the rule is broken.</returns>
    public bool AddIfBlank(string? value, string field, string paramName) =>
        AddIf(value is not null && string.IsNullOrWhiteSpace(value), SdrsValidation.BlankRule(field), paramName);

    /// <summary>Throws when any rule is broken: one <see cref="ArgumentException"/> that lists every error.</summary>
    /// <param name="typeName">What was checked, for the message's <c>Invalid {typeName}:</c> head.</param>
    /// <param name="paramName">
    /// The parameter the exception names, unless a broken rule named its member (then the first such member).
    /// </param>
    /// <exception cref="ArgumentException">At least one rule is broken.</exception>
    public void ThrowIfAny(string typeName, string paramName)
    {
        if (_errors.Count > 0)
        {
            throw new ArgumentException(
                $"Invalid {typeName}: {string.Join(' ', _errors)}",
                _firstParamName.Value ?? paramName
            );
        }
    }

    /// <summary>Runs <paramref name="collect"/> on a fresh collection and throws when it found a broken rule.</summary>
    /// <exception cref="ArgumentException">At least one rule is broken; the message names each.</exception>
    public static void Check(string typeName, string paramName, Action<ValidationErrors> collect)
    {
        var errors = new ValidationErrors();
        collect(errors);
        errors.ThrowIfAny(typeName, paramName);
    }
}
