namespace SdrsSdk.Validation.Internal;

/// <summary>
/// The request rules the protected-instance sections of the reference (5.5) state beyond the common ones of
/// <see cref="SdrsValidation"/>. Every failure is an <see cref="ArgumentException"/> naming the field and the rule.
/// </summary>
internal static class ProtectedInstanceRules
{
    /// <summary>The longest name prefix of a batch creation, in characters (5.5.11, Table 5-35).</summary>
    public const int MaxNamePrefixLength = 59;

    /// <summary>The longest description of a batch creation, in characters (5.5.11, Table 5-35).</summary>
    public const int MaxBatchDescriptionLength = 64;

    /// <summary>
    /// <c>tenancy</c> is <c>shared</c> or <c>dedicated</c> (in any case; returned in the wire spelling), and
    /// <c>dedicated_host_id</c> takes effect only when it is <c>dedicated</c> (Tables 5-17, 5-35).
    /// </summary>
    public static Tenancy? DedicatedHost(
        Tenancy? tenancy,
        string? dedicatedHostId,
        string tenancyParamName,
        string paramName
    )
    {
        Tenancy? wire = tenancy is { } set ? RequestValue.OneOf(set, "tenancy", tenancyParamName) : default(Tenancy?);
        SdrsValidation.Optional(dedicatedHostId, "dedicated_host_id", paramName);
        if (dedicatedHostId is not null && wire != Tenancy.Dedicated)
        {
            throw new ArgumentException(
                "dedicated_host_id takes effect only when tenancy is set to dedicated; set Tenancy to "
                    + "Tenancy.Dedicated.",
                paramName
            );
        }

        return wire;
    }

    /// <summary>
    /// A tag list of a new protected instance (Tables 5-17, 5-18, 5-35, 5-37): optional; otherwise the same rules as
    /// adding tags (at most 10, unique keys, valid keys and values).
    /// </summary>
    public static void Tags(ICollection<ResourceTag>? tags, string paramName)
    {
        if (tags is null || tags.Count == 0)
        {
            return;
        }

        TagRules.TagsToAdd([.. tags], paramName);
    }

    /// <summary>
    /// A batch name prefix: 1 to 59 Unicode characters (Table 5-35), of the name character set
    /// (<see cref="SdrsValidation.NameCharacters"/>).
    /// </summary>
    public static void NamePrefix(string? value, string paramName)
    {
        SdrsValidation.Required(value, "name_prefix", paramName);
        int length = TagRules.UnicodeLength(value!);
        if (length > MaxNamePrefixLength)
        {
            throw new ArgumentException(
                $"name_prefix can contain 1 to {MaxNamePrefixLength} characters; it has {length}.",
                paramName
            );
        }

        SdrsValidation.NameCharacters(value!, "name_prefix", paramName);
    }

    /// <summary>A batch description: at most 64 characters, without '&lt;' or '&gt;' (Table 5-35).</summary>
    public static void BatchDescription(string? value, string paramName)
    {
        if (value is null)
        {
            return;
        }

        int length = TagRules.UnicodeLength(value);
        if (length > MaxBatchDescriptionLength)
        {
            throw new ArgumentException(
                $"description can contain at most {MaxBatchDescriptionLength} characters; it has {length}.",
                paramName
            );
        }

        if (value.AsSpan().IndexOfAny('<', '>') >= 0)
        {
            throw new ArgumentException("description must not contain '<' or '>'.", paramName);
        }
    }
}
