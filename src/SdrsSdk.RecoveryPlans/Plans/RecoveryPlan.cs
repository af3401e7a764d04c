using System.Globalization;
using System.Text.Json;
using SdrsSdk.RecoveryPlans.Serialization;

namespace SdrsSdk.RecoveryPlans;

/// <summary>
/// A recovery plan: ordered tiers of protection groups (databases before application servers before web servers),
/// each tier's groups run in parallel with a bounded degree of parallelism, and a failure policy.
/// </summary>
/// <remarks>
/// Load one from JSON with <see cref="FromJson"/> (source-generated, AOT-safe):
/// <code>
/// {
///   "name": "shop",
///   "failurePolicy": "FinishTierThenStop",
///   "maxDegreeOfParallelism": 4,
///   "tiers": [
///     { "name": "databases", "groups": [ { "serverGroupId": "…", "name": "orders-db", "drillVpcId": "…" } ] },
///     { "name": "web", "maxDegreeOfParallelism": 2, "groups": [ { "serverGroupId": "…" } ] }
///   ]
/// }
/// </code>
/// </remarks>
public sealed class RecoveryPlan
{
    /// <summary>The longest plan or tier name accepted.</summary>
    internal const int MaxNameLength = 64;

    /// <summary>Gets or sets the plan's name, shown in reports.</summary>
    /// <value>The default value is an empty string, which validation refuses.</value>
    public string Name { get; set; } = string.Empty;

    /// <summary>Gets or sets the tiers, run in this order.</summary>
    /// <value>The default value is an empty list, which validation refuses.</value>
    public IList<RecoveryTier> Tiers { get; set; } = [];

    /// <summary>Gets or sets what a run does when a group or a hook fails.</summary>
    /// <value>The default value is <see cref="PlanFailurePolicy.StopPlan"/>.</value>
    public PlanFailurePolicy FailurePolicy { get; set; } = PlanFailurePolicy.StopPlan;

    /// <summary>Gets or sets how many groups of a tier run at once (1 to 64), unless the tier says otherwise.</summary>
    /// <value>The default value is 4.</value>
    public int MaxDegreeOfParallelism { get; set; } = 4;

    /// <summary>Reads a plan from JSON (camelCase names, enums by name) and validates it.</summary>
    /// <param name="json">The plan's JSON.</param>
    /// <returns>The plan.</returns>
    /// <exception cref="ArgumentException">The text is not a plan, or the plan breaks rules; the message names each
    /// broken rule.</exception>
    public static RecoveryPlan FromJson(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        RecoveryPlan? plan;
        try
        {
            plan = JsonSerializer.Deserialize(json, RecoveryPlansJsonContext.Default.RecoveryPlan);
        }
        catch (JsonException exception)
        {
            throw new ArgumentException($"The recovery plan is not valid JSON: {exception.Message}", nameof(json));
        }

        if (plan is null)
        {
            throw new ArgumentException("The recovery plan's JSON is null.", nameof(json));
        }

        plan.Validate();
        return plan;
    }

    /// <summary>Writes the plan as JSON, as <see cref="FromJson"/> reads it.</summary>
    /// <returns>The indented JSON.</returns>
    public string ToJson() => JsonSerializer.Serialize(this, RecoveryPlansJsonContext.Default.RecoveryPlan);

    /// <summary>Checks every rule and returns every broken one.</summary>
    /// <returns>One sentence per broken rule, naming the tier and group; empty when the plan is valid.</returns>
    public IReadOnlyList<string> GetValidationErrors()
    {
        List<string> errors = [];
        if (string.IsNullOrWhiteSpace(Name) || Name.Length > MaxNameLength)
        {
            errors.Add($"{nameof(Name)} must be 1 to {MaxNameLength} characters, not blank.");
        }

        CheckParallelism(errors, nameof(MaxDegreeOfParallelism), MaxDegreeOfParallelism);
        if (!Enum.IsDefined(FailurePolicy))
        {
            errors.Add($"{nameof(FailurePolicy)} must be StopPlan, FinishTierThenStop or Continue.");
        }

        if (Tiers is null || Tiers.Count == 0)
        {
            errors.Add($"{nameof(Tiers)} must hold at least one tier.");
            return errors;
        }

        var tierNames = new HashSet<string>(StringComparer.Ordinal);
        var groupTiers = new Dictionary<string, string>(StringComparer.Ordinal);
        for (int index = 0; index < Tiers.Count; index++)
        {
            RecoveryTier? tier = Tiers[index];
            string where = string.Create(CultureInfo.InvariantCulture, $"Tiers[{index}]");
            if (tier is null)
            {
                errors.Add($"{where} must not be null.");
                continue;
            }

            CheckTier(errors, tier, where, tierNames, groupTiers);
        }

        return errors;
    }

    /// <summary>Checks every rule and throws if any is broken.</summary>
    /// <exception cref="ArgumentException">The plan breaks one or more rules; the message lists each.</exception>
    public void Validate()
    {
        IReadOnlyList<string> errors = GetValidationErrors();
        if (errors.Count > 0)
        {
            throw new ArgumentException(
                $"The recovery plan is invalid ({errors.Count} problem(s)):{Environment.NewLine}- "
                    + string.Join(Environment.NewLine + "- ", errors)
            );
        }
    }

    /// <summary>The degree of parallelism of a tier.</summary>
    internal int ParallelismOf(RecoveryTier tier) => tier.MaxDegreeOfParallelism ?? MaxDegreeOfParallelism;

    private static void CheckTier(
        List<string> errors,
        RecoveryTier tier,
        string where,
        HashSet<string> tierNames,
        Dictionary<string, string> groupTiers
    )
    {
        if (string.IsNullOrWhiteSpace(tier.Name) || tier.Name.Length > MaxNameLength)
        {
            errors.Add($"{where}.{nameof(RecoveryTier.Name)} must be 1 to {MaxNameLength} characters, not blank.");
        }
        else if (!tierNames.Add(tier.Name))
        {
            errors.Add($"{where}.{nameof(RecoveryTier.Name)} '{tier.Name}' is used by another tier.");
        }

        if (tier.MaxDegreeOfParallelism is { } parallelism)
        {
            CheckParallelism(errors, $"{where}.{nameof(RecoveryTier.MaxDegreeOfParallelism)}", parallelism);
        }

        if (tier.Groups is null || tier.Groups.Count == 0)
        {
            errors.Add($"{where}.{nameof(RecoveryTier.Groups)} must hold at least one protection group.");
            return;
        }

        for (int index = 0; index < tier.Groups.Count; index++)
        {
            RecoveryPlanGroup? group = tier.Groups[index];
            string at = string.Create(CultureInfo.InvariantCulture, $"{where}.Groups[{index}]");
            if (group is null)
            {
                errors.Add($"{at} must not be null.");
                continue;
            }

            if (!IsId(group.ServerGroupId))
            {
                errors.Add(
                    $"{at}.{nameof(RecoveryPlanGroup.ServerGroupId)} '{group.ServerGroupId}' must be 1 to 64 ASCII "
                        + "letters, digits, '-', '_' or '.' (a protection group ID)."
                );
            }
            else if (!groupTiers.TryAdd(group.ServerGroupId, where))
            {
                errors.Add(
                    $"{at}.{nameof(RecoveryPlanGroup.ServerGroupId)} '{group.ServerGroupId}' is already in "
                        + $"{groupTiers[group.ServerGroupId]}: a group runs once per plan."
                );
            }

            if (group.DrillVpcId is not null && !IsId(group.DrillVpcId))
            {
                errors.Add(
                    $"{at}.{nameof(RecoveryPlanGroup.DrillVpcId)} '{group.DrillVpcId}' must be 1 to 64 ASCII letters, "
                        + "digits, '-', '_' or '.' (a VPC ID), or absent."
                );
            }
        }
    }

    private static void CheckParallelism(List<string> errors, string name, int value)
    {
        if (value is < 1 or > 64)
        {
            errors.Add(string.Create(CultureInfo.InvariantCulture, $"{name} must be 1 to 64 (was {value})."));
        }
    }

    /// <summary>Whether a value can be an SDRS resource ID in a path: 1 to 64 ASCII letters, digits, '-', '_', '.',
    /// and not a dot segment.</summary>
    internal static bool IsId(string? value) =>
        !string.IsNullOrEmpty(value)
        && value.Length <= 64
        && value is not ("." or "..")
        && value.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.');
}
