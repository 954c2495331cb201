// The host for 'dotnet run --project src/Caravan.Server'; 'caravan serve' builds the same application.
// CaravanServer.Build is the table of contents: services, middleware and one Map call per resource.
Caravan.Server.CaravanServer.Build(args).Run();

/// <summary>The entry point, public so WebApplicationFactory can find the host.</summary>
public partial class Program;
