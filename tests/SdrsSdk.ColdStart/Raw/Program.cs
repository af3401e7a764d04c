using System.Net.Http.Headers;
using System.Text.Json;
using SdrsSdk.Benchmarks.Floor;

// Cold-start floor: one GET server-groups?… with a token, parsed with source-generated System.Text.Json, then exit.
// Usage: ColdStart.Raw <project base URI, such as http://127.0.0.1:5000/v1/{project_id}/>
using var http = new HttpClient();
using var request = new HttpRequestMessage(
    HttpMethod.Get,
    new Uri(new Uri(args[0]), "server-groups?limit=1000&offset=0&status=available&name=Protection-Group-0001")
);
request.Headers.TryAddWithoutValidation("X-Auth-Token", "cold-start-token");
request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
using HttpResponseMessage response = await http.SendAsync(request);
response.EnsureSuccessStatusCode();
await using Stream body = await response.Content.ReadAsStreamAsync();
FloorServerGroupList? list = await JsonSerializer.DeserializeAsync(body, FloorJsonContext.Default.FloorServerGroupList);
return list?.ServerGroups?.Count > 0 ? 0 : 1;
