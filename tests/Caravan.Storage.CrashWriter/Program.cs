using Caravan.Storage;

// Usage: CrashWriter <connection> <payload-bytes>. Saves runs whose manifest and results both carry
// the iteration number, forever (bounded), printing "saved N" after each; the test kills it mid-write.
var store = CaravanStore.Open(StoreLocation.Parse(args[0]));
var payload = new string('x', int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture));
for (var i = 0; i < 100_000; i++)
{
    var run = await store.CreateRunAsync("simulation", "crash-writer", "{}", """{"iteration":-1}""");
    await store.StartRunAsync(run.Id);
    await store.FinishRunAsync(run.Id, RunStatus.Succeeded, $$"""{"iteration":{{i}},"payload":"{{payload}}"}""", null, $$"""{"iteration":{{i}}}""");
    Console.WriteLine($"saved {i}");
}
