using System.Text;
using SdrsSdk.Operations.Internal;

namespace SdrsSdk.Tests.Conventions;

/// <summary>
/// Renders docs/operations.md from the operation table. <see cref="OperationsDocumentTests"/> fails when the file
/// differs; run the tests with <c>SDRS_WRITE_DOCS=1</c> to write it.
/// </summary>
internal static class OperationsDocument
{
    public const string RelativePath = "docs/operations.md";

    public static string Render()
    {
        var text = new StringBuilder();
        text.Append("# Operations\n\n");
        text.Append("Every operation the SDK calls, with the SDK method for each: ")
            .Append(SdrsOperations.All.Count)
            .Append(
                " operations, those of the SDRS API\nreference (Issue 05, chapter 5) and newer ones (section —).\n"
            );
        text.Append(
            "Methods named `Start…Async` return an `SdrsJobOperation` (or `SdrsJobOperation<T>` for creations) for "
                + "the\n"
        );
        text.Append(
            "asynchronous job the call starts (its job type in the *Job* column); `ListAllAsync`/`FilterAllAsync` "
                + "walk every\n"
        );
        text.Append(
            "page as an `IAsyncEnumerable<T>`. Paths are relative to the endpoint; `{project_id}` comes from the "
                + "client options.\n\n"
        );
        text.Append(
            "*Repeat class* says what sending the operation again does: *read* changes nothing; *idempotent write* "
                + "leaves\n"
        );
        text.Append(
            "the same state; *delete* answers not-found once the resource is gone; *non-idempotent write* may act "
                + "twice.\n"
        );
        text.Append(
            "The retry follows it: reads, idempotent writes and deletes answered at once are sent again after a "
                + "transient\n"
        );
        text.Append(
            "failure; a write that starts a job is resolved by reading back its effect instead (README, \"When the "
                + "network\n"
        );
        text.Append("fails\", and docs/resolution.md).\n\n");
        text.Append(
            "This file is generated from the operation table (`src/SdrsSdk/Operations/Internal/SdrsOperations.cs`) "
                + "and\n"
        );
        text.Append("checked by `tests/SdrsSdk.Tests/Conventions/OperationsDocumentTests.cs`; regenerate it with\n");
        text.Append("`SDRS_WRITE_DOCS=1 dotnet test tests/SdrsSdk.Tests --filter OperationsDocumentTests`.\n\n");
        text.Append("| # | Section | Method | Path | SDK method | Job | Repeat class |\n");
        text.Append("| --- | --- | --- | --- | --- | --- | --- |\n");
        int number = 0;
        foreach (SdrsOperation operation in SdrsOperations.All)
        {
            string path = $"`{operation.Path}`" + (operation.Variant is null ? string.Empty : " " + operation.Variant);
            string methods = string.Join(", ", operation.ClientMethods.Select(method => $"`client.{method}`"));
            string job = operation.JobType is { } jobType ? $"`{jobType.Value}`" : "—";
            text.Append(
                $"| {++number} | {operation.Section} | {operation.Method} | {path} | {methods} | {job} | "
                    + $"{RepeatClassText(operation.RepeatClass)} |\n"
            );
        }

        return text.ToString();
    }

    public static string RepeatClassText(SdrsRepeatClass repeatClass) =>
        repeatClass switch
        {
            SdrsRepeatClass.Read => "read",
            SdrsRepeatClass.IdempotentWrite => "idempotent write",
            SdrsRepeatClass.Delete => "delete",
            SdrsRepeatClass.NonIdempotentWrite => "non-idempotent write",
            _ => throw new ArgumentOutOfRangeException(nameof(repeatClass), repeatClass, null),
        };
}
