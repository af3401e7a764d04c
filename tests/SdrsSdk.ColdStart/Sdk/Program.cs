using SdrsSdk;

// Cold-start SDK side: the floor's GET server-groups?… through SdrsClient with a token, then exit.
// Usage: ColdStart.Sdk <endpoint, such as http://127.0.0.1:5000> <project ID>
using var client = new SdrsClient(
    new SdrsClientOptions
    {
        Endpoint = new Uri(args[0]),
        ProjectId = args[1],
        AllowInsecureHttp = true,
        Credential = new StaticTokenCredential("cold-start-token"),
    }
);
ServerGroupPage page = await client.ServerGroups.ListAsync(
    new ServerGroupQuery
    {
        Limit = 1000,
        Offset = 0,
        Status = ServerGroupStatus.Available,
        Name = "Protection-Group-0001",
    }
);
return page.ServerGroups.Count > 0 ? 0 : 1;
