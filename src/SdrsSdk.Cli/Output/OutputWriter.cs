using System.Text.Json;
using System.Text.Json.Nodes;
using Spectre.Console;

namespace SdrsSdk.Cli.Output;

/// <summary>
/// Writes command results to standard output in the format <c>--output</c> chose. Every result goes through its
/// JSON form (<see cref="CliJson"/>), so the table, JSON and YAML show the same fields under the same wire names,
/// and <c>--query</c> selects fields the same way in all three.
/// </summary>
internal sealed class OutputWriter(
    TextWriter stdout,
    IAnsiConsole console,
    OutputFormat format,
    IReadOnlyList<string>? query
)
{
    /// <summary>Gets the format in use.</summary>
    public OutputFormat Format => format;

    /// <summary>Writes a list: a table with one row per item and the given columns (or the <c>--query</c> fields),
    /// a JSON array, or a YAML sequence.</summary>
    public void WriteList<T>(IEnumerable<T> items, IReadOnlyList<string> columns)
    {
        var array = new JsonArray();
        foreach (T item in items)
        {
            array.Add(Select(CliJson.ToNode(item)));
        }

        if (format != OutputFormat.Table)
        {
            WriteDocument(array);
            return;
        }

        IReadOnlyList<string> shown = query ?? columns;
        if (array.Count == 0)
        {
            stdout.WriteLine("(none)");
            return;
        }

        Table table = NewTable();
        foreach (string column in shown)
        {
            table.AddColumn(new TableColumn(Markup.Escape(column.ToUpperInvariant())));
        }

        foreach (JsonNode? row in array)
        {
            table.AddRow(shown.Select(column => Cell(row?[column])).ToArray());
        }

        console.Write(table);
    }

    /// <summary>Writes one object: a two-column table of its fields, a JSON object, or a YAML mapping.</summary>
    public void WriteObject(object value)
    {
        JsonNode? node = Select(CliJson.ToNode(value));
        if (format != OutputFormat.Table)
        {
            WriteDocument(node);
            return;
        }

        if (node is not JsonObject obj)
        {
            stdout.WriteLine(PlainText(node));
            return;
        }

        // Nested objects become dotted rows (their null fields left out); lists of objects (sub-jobs, drill
        // servers, attachments) become tables of their own under the main one.
        Table table = NewTable().AddColumn("FIELD").AddColumn("VALUE");
        var lists = new List<(string Name, JsonArray Items)>();
        foreach ((string key, JsonNode? field) in obj)
        {
            AddRows(table, key, field, lists, topLevel: true);
        }

        console.Write(table);
        foreach ((string name, JsonArray items) in lists)
        {
            WriteNestedList(name, items);
        }
    }

    /// <summary>Writes a line for people in table mode, and nothing in JSON or YAML (where the exit code says it
    /// all: the commands that print this have no result).</summary>
    public void WriteConfirmation(string text)
    {
        if (format == OutputFormat.Table)
        {
            stdout.WriteLine(text);
        }
    }

    private void WriteDocument(JsonNode? node) =>
        stdout.Write(format == OutputFormat.Yaml ? YamlWriter.Write(node) : CliJson.Write(node) + Environment.NewLine);

    private JsonNode? Select(JsonNode? node)
    {
        if (query is null || node is not JsonObject obj)
        {
            return node;
        }

        var selected = new JsonObject();
        foreach (string field in query)
        {
            selected[field] = obj[field]?.DeepClone();
        }

        return selected;
    }

    private Table NewTable() =>
        new Table { Border = console.Profile.Capabilities.Ansi ? TableBorder.Rounded : TableBorder.Ascii };

    private static void AddRows(
        Table table,
        string name,
        JsonNode? field,
        List<(string Name, JsonArray Items)> lists,
        bool topLevel
    )
    {
        switch (field)
        {
            case null when !topLevel:
                return;
            case JsonObject nested:
                foreach ((string key, JsonNode? child) in nested)
                {
                    AddRows(table, $"{name}.{key}", child, lists, topLevel: false);
                }

                return;
            case JsonArray { Count: > 0 } array when array.All(item => item is JsonObject):
                lists.Add((name, array));
                return;
            default:
                table.AddRow(Markup.Escape(name), Cell(field));
                return;
        }
    }

    private void WriteNestedList(string name, JsonArray items)
    {
        // The columns: every scalar field that at least one item sets.
        List<string> columns = items
            .OfType<JsonObject>()
            .SelectMany(item => item.Where(pair => pair.Value is JsonValue).Select(pair => pair.Key))
            .Distinct(StringComparer.Ordinal)
            .ToList();
        Table table = NewTable();
        table.Title = new TableTitle(Markup.Escape(name));
        foreach (string column in columns)
        {
            table.AddColumn(new TableColumn(Markup.Escape(column.ToUpperInvariant())));
        }

        foreach (JsonObject item in items.OfType<JsonObject>())
        {
            table.AddRow(columns.Select(column => Cell(item[column])).ToArray());
        }

        console.Write(table);
    }

    private static string Cell(JsonNode? node) => Markup.Escape(PlainText(node));

    private static string PlainText(JsonNode? node) =>
        node switch
        {
            null => "",
            JsonValue value when value.GetValueKind() == JsonValueKind.String => value.GetValue<string>(),
            JsonArray array when array.All(item => item is JsonValue) => string.Join(",", array.Select(PlainText)),
            _ => node.ToJsonString(),
        };
}
