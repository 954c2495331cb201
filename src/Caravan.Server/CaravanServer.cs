using Caravan.Core.Data;
using Caravan.Core.Risk;
using Caravan.Questions.Contracts;
using Caravan.Questions.Routes;
using Caravan.Server.Access;
using Caravan.Server.Commodities;
using Caravan.Server.Corridors;
using Caravan.Server.Documentation;
using Caravan.Server.Flows;
using Caravan.Server.Investment;
using Caravan.Server.Network;
using Caravan.Server.Problems;
using Caravan.Server.Risk;
using Caravan.Server.Routes;
using Caravan.Server.Runs;
using Caravan.Server.Scenarios;
using Caravan.Server.Simulations;
using Caravan.Server.Tracking;
using Caravan.Storage;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.FileProviders;
using Scalar.AspNetCore;

namespace Caravan.Server;

/// <summary>
/// The Caravan web application: REST API under <c>/api</c>, the OpenAPI document and its reference
/// page, and the offline dashboard. This is the table of contents: what is registered, which
/// middleware runs, and one Map call per resource.
/// </summary>
public static class CaravanServer
{
    /// <summary>
    /// Builds the application from command-line <paramref name="args"/> (ASP.NET Core syntax, e.g.
    /// <c>--urls</c>, <c>--Caravan:Database</c>) and extra <paramref name="settings"/> (which win).
    /// </summary>
    public static WebApplication Build(string[] args, IReadOnlyDictionary<string, string?>? settings = null)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = args, ContentRootPath = AppContext.BaseDirectory });
        if (settings is not null)
            builder.Configuration.AddInMemoryCollection(settings);
        AddCaravan(builder.Services);

        var app = builder.Build();
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.UseMiddleware<RequestLimits>();
        app.UseMiddleware<RequestLineLimits>();
        app.UseDashboard();
        app.UseAuthentication();
        app.UseRateLimiter();
        app.UseAuthorization();

        app.MapOpenApi();
        app.MapScalarApiReference("/api/reference", o =>
        {
            // Offline: no web fonts, no telemetry, no proxy; the script is served from the package itself.
            o.DefaultFonts = false;
            o.Telemetry = false;
            o.Title = "Caravan API";
            // Hosted extras (AI agent, MCP, deploy and SDK buttons) would reach outside; none of them.
            o.ShowDeveloperTools = DeveloperToolsVisibility.Never;
            o.HideClientButton = true;
            o.Agent = new ScalarAgentOptions { Disabled = true };
            o.Mcp = new ScalarMcpOptions { Disabled = true };
        });
        app.MapNetwork();
        app.MapCommodities();
        app.MapScenarios();
        app.MapRoutes();
        app.MapFlows();
        app.MapTraffic();
        app.MapSimulations();
        app.MapRisk();
        app.MapRuns();
        app.MapInvest();
        app.MapTracking();
        return app;
    }

    private static void AddCaravan(IServiceCollection services)
    {
        services.AddSingleton(sp => ServerOptions.From(sp.GetRequiredService<IConfiguration>()));
        services.AddSingleton(sp => ServerLimits.From(sp.GetRequiredService<IConfiguration>()));
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton(sp => LoadDataset(sp.GetRequiredService<ServerOptions>()));
        services.AddSingleton(sp => CaravanStore.Open(StoreLocation.Resolve(sp.GetRequiredService<ServerOptions>().Database), sp.GetRequiredService<TimeProvider>()));
        services.AddSingleton<ScenarioBook>();
        // The candidate projects, read once on first use (GET /api/projects, POST /api/invest).
        services.AddSingleton(sp => Caravan.Core.Investment.ProjectReader.Load(sp.GetRequiredService<ServerOptions>().DatasetSource(), sp.GetRequiredService<Dataset>()));
        services.AddSingleton(sp => LoadMinerals(sp.GetRequiredService<ServerOptions>()));
        // Caches live in singletons keyed by the dataset they were computed on, never in static state.
        services.AddSingleton<RoutePlanners>();
        services.AddSingleton<FlagshipCache>();
        services.AddSingleton(sp => new RunQuota(sp.GetRequiredService<ServerLimits>().MaxQueuedRunsPerKey));
        services.AddSingleton(sp => new RunQueue(sp.GetRequiredService<ServerOptions>().MaxQueuedRuns, sp.GetRequiredService<RunQuota>()));
        services.AddSingleton<RunVisibility>();
        services.AddSingleton<RunLauncher>();
        // Before the workers: abandoned runs are failed before any starts, and pending ones after all have stopped.
        services.AddHostedService<AbandonedRuns>();
        services.AddHostedService<RunWorker>();

        services.ConfigureHttpJsonOptions(o =>
        {
            // The contracts are written as the command line writes them (camelCase, closed sets in snake case).
            ContractJson.Configure(o.SerializerOptions);
            // Request bodies follow the same input limits as files: bounded depth, a repeated property is an error.
            o.SerializerOptions.MaxDepth = InputLimits.Default.MaxDepth;
            o.SerializerOptions.AllowDuplicateProperties = false;
        });
        services.AddOptions<KestrelServerOptions>().Configure<ServerOptions, ServerLimits>((k, o, limits) =>
        {
            k.Limits.MaxRequestBodySize = o.MaxRequestBytes;
            // Above Caravan's own limits, which answer with problems (RequestLineLimits); Kestrel's answer has no body.
            k.Limits.MaxRequestLineSize = Math.Max(k.Limits.MaxRequestLineSize, 4 * limits.MaxUrlBytes);
            k.Limits.MaxRequestHeadersTotalSize = Math.Max(k.Limits.MaxRequestHeadersTotalSize, 2 * limits.MaxHeaderBytes);
            k.Limits.MaxRequestHeaderCount = Math.Max(k.Limits.MaxRequestHeaderCount, 2 * limits.MaxHeaderCount);
        });
        services.Configure<RouteHandlerOptions>(o => o.ThrowOnBadRequest = true);
        services.AddProblemDetails();
        services.AddExceptionHandler<BadRequestProblems>();
        services.AddExceptionHandler<TooManyRequestsProblems>();
        services.AddCaravanRateLimits();
        services.AddOpenApi(o => o.AddSchemaTransformer(SchemaRanges.Apply).AddDocumentTransformer((document, _, _) =>
        {
            document.Info.Title = "Caravan API";
            document.Info.Description = "Routes, flows, simulations and risk for critical-mineral supply chains across Eurasian corridors. "
                + "Reads are open by default; writes and runs need the header `Authorization: Bearer <api key>` (create a key with `caravan keys create --role analyst`). "
                + "Errors are RFC 7807 problems naming the field at fault.";
            return Task.CompletedTask;
        }));
        // The shared questions and contracts keep the schema names the API gave them.
        services.Configure<Microsoft.AspNetCore.OpenApi.OpenApiOptions>("v1", o => o.CreateSchemaReferenceId = SchemaNames.Of);

        services.AddAuthentication(ApiKeyAuthentication.SchemeName)
            .AddScheme<AuthenticationSchemeOptions, ApiKeyAuthentication>(ApiKeyAuthentication.SchemeName, null);
        services.AddAuthorization();
        services.AddSingleton<Microsoft.AspNetCore.Authorization.IAuthorizationPolicyProvider>(sp =>
        {
            var options = new Microsoft.AspNetCore.Authorization.AuthorizationOptions();
            Policies.Add(options, sp.GetRequiredService<ServerOptions>().OpenReads);
            return new Microsoft.AspNetCore.Authorization.DefaultAuthorizationPolicyProvider(Microsoft.Extensions.Options.Options.Create(options));
        });
    }

    private static Dataset LoadDataset(ServerOptions options)
    {
        if (options.Data is null)
            return DatasetReader.BuiltIn();
        var result = DatasetReader.LoadFolder(options.Data);
        return result.Dataset ?? throw new InvalidOperationException(
            $"dataset '{options.Data}' has {result.Problems.Count} problem(s); run 'caravan data validate --data {options.Data}'");
    }

    // A dataset folder's own minerals/ tables when it has them, as the CLI's risk commands do.
    private static MineralsData LoadMinerals(ServerOptions options) =>
        MineralsReader.LoadOrBuiltIn(options.DatasetSource()).Data ?? throw new InvalidOperationException(
            $"the minerals tables of '{options.Data}' have problems; run 'caravan data validate --data {options.Data}'");

    // The dashboard is embedded in this assembly; every page forbids loading anything from elsewhere.
    private static void UseDashboard(this WebApplication app)
    {
        var files = new EmbeddedFileProvider(typeof(CaravanServer).Assembly, "Caravan.Server.wwwroot");
        app.Use(async (context, next) =>
        {
            if (!context.Request.Path.StartsWithSegments("/api/reference"))
                context.Response.Headers.ContentSecurityPolicy = "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'";
            context.Response.Headers.XContentTypeOptions = "nosniff";
            await next(context);
        });
        app.UseDefaultFiles(new DefaultFilesOptions { FileProvider = files });
        var types = new Microsoft.AspNetCore.StaticFiles.FileExtensionContentTypeProvider();
        types.Mappings[".geojson"] = "application/geo+json";
        app.UseStaticFiles(new StaticFileOptions { FileProvider = files, ContentTypeProvider = types });
    }
}
