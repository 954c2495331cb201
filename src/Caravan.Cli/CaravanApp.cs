using Caravan.Cli.Commands;
using Caravan.Cli.Conventions;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Caravan.Cli;

/// <summary>The <c>caravan</c> command tree. Commands take the console they write to, so tests run them in-process.</summary>
public static class CaravanApp
{
    /// <summary>Every command and subcommand name, for "did you mean" on an unknown one.</summary>
    public static readonly IReadOnlyList<string> CommandNames =
    [
        "data", "validate", "export", "import", "serve", "keys", "create", "list", "revoke", "network", "simulate", "risk", "eu-crm",
        "compare", "whatif", "route", "flagship", "invest", "commodities", "flow", "scenarios", "track", "register", "ingest", "status", "eta", "alerts", "cluster", "up", "worker",
    ];

    /// <summary>
    /// Runs the command line <paramref name="args"/>: answers go to <paramref name="console"/> (standard
    /// output), errors to <paramref name="errors"/> (standard error; the same console when not given).
    /// Returns the exit code.
    /// </summary>
    public static int Run(string[] args, IAnsiConsole console, IAnsiConsole? errors = null)
    {
        errors ??= console;
        var app = new CommandApp();
        app.Configure(config =>
        {
            config.SetApplicationName("caravan");
            config.ConfigureConsole(console);
            // A mistyped option (--port for --urls, --scenarios for --scenario) is an error, never silently ignored.
            config.UseStrictParsing();
            // Errors go to standard error, one clear line per problem (or a problem object with
            // --format json), and exit non-zero; nobody sees a stack trace.
            config.SetExceptionHandler((exception, _) => ErrorReport.Write(exception, args, errors.Profile.Out.Writer, CommandNames));

            config.AddBranch("data", data =>
            {
                data.SetDescription("Validate, export and import datasets.");
                data.AddCommand<DataValidateCommand>("validate").WithDescription("Check a dataset; list every problem as file:line:column.");
                data.AddCommand<DataExportCommand>("export").WithDescription("Write the dataset as CSV tables (--out) or the network as GeoJSON (--geojson).");
                data.AddCommand<DataImportCommand>("import").WithDescription("Bring a GeoJSON network edited in a GIS back into CSV tables.");
            });
            config.AddCommand<ServeCommand>("serve").WithDescription("Serve the REST API and the web dashboard (prints the URL).");
            config.AddBranch("keys", keys =>
            {
                keys.SetDescription("API keys for the server: create (prints the token once), list, revoke.");
                keys.AddCommand<KeysCreateCommand>("create").WithDescription("Issue a key with a role (viewer, analyst, admin); the token is printed once.");
                keys.AddCommand<KeysListCommand>("list").WithDescription("List keys: id, owner, role, created, revoked.");
                keys.AddCommand<KeysRevokeCommand>("revoke").WithDescription("Revoke a key by id.");
            });
            config.AddBranch("track", track =>
            {
                track.SetDescription("Track consignments against their plan: register, ingest events (EPCIS 2.0, DCSA T&T 2.2, milestones), status, ETA, alerts.");
                track.AddCommand<TrackRegisterCommand>("register").WithDescription("Store consignments (a JSON array) with their planned routes, promises and scenarios.");
                track.AddCommand<TrackIngestCommand>("ingest").WithDescription("Take in an event file; print accepted/rejected/duplicate/retracted counts, each rejection located on stderr.");
                track.AddCommand<TrackStatusCommand>("status").WithDescription("Where each consignment stands on its plan: position, deviations, timeline.");
                track.AddCommand<TrackEtaCommand>("eta").WithDescription("P10/P50/P90 arrival and P(on time) from a Monte Carlo of the rest of the journey; conformal-calibrated on closed consignments.");
                track.AddCommand<TrackAlertsCommand>("alerts").WithDescription("Check the alert rules now (off route, at risk, late, overdue dwell, closure ahead, sensor) and list the alerts.");
            });
            config.AddBranch("cluster", cluster =>
            {
                cluster.SetDescription("Scale-out on Microsoft Orleans: silos that run simulation replications in chunks.");
                cluster.AddCommand<ClusterUpCommand>("up").WithDescription("Start N silos on this machine (--nodes N, default 3); simulate there with --cluster localhost:30000.");
            });
            config.AddCommand<WorkerCommand>("worker").WithDescription("Join the PostgreSQL-backed cluster as one silo (--cluster-db CONNSTRING); run one per machine.");
            config.AddCommand<NetworkCommand>("network").WithDescription("Summarise the network: counts by kind, mode and country; capacity by corridor.");
            config.AddCommand<SimulateCommand>("simulate").WithDescription("Monte Carlo of lots through the network: lead-time percentiles, on-time rate, stock-outs, queues; --compare scenarios with common random numbers.");
            config.AddBranch<RiskSettings>("risk", risk =>
            {
                risk.SetDescription("Supply risk: HHI, the EU CRM method, an importer's view, corridor exposure.");
                risk.SetDefaultCommand<RiskCommand>();
                risk.AddCommand<RiskEuCrmCommand>("eu-crm").WithDescription("Run the EU CRM method on your own inputs (stage-level results or full inputs).");
                risk.AddCommand<RiskCompareCommand>("compare").WithDescription("Our SR from world shares beside the published EU 2023 SR: rank correlation and verdict agreement.");
                risk.AddCommand<RiskWhatIfCommand>("whatif").WithDescription("Add, remove or ban a source of an importer's supply; see HHI and SR change.");
            });
            config.AddCommand<RouteCommand>("route").WithDescription("Best route, k alternatives or the Pareto set for a shipment, explained leg by leg.");
            config.AddCommand<FlagshipCommand>("flagship").WithDescription("Gallium and uranium to Japan: the best route of each corridor family under each scenario.");
            config.AddCommand<InvestCommand>("invest").WithDescription("Choose the portfolio of candidate projects a budget should buy, scored over disruption scenarios, and check it by Monte Carlo. Each --scenario is one weighted scenario of the program: name, 'a+b' to compose, '@0.2' for its probability (default: every dataset scenario, baseline 0.5 and the rest sharing 0.5).");
            config.AddCommand<CommoditiesCommand>("commodities").WithDescription("List commodities with value, hazard class and restrictions.");
            config.AddCommand<FlowCommand>("flow").WithDescription("Split supply across corridors at least cost: flows, unmet demand, and what one more t/day of each binding capacity is worth.");
            config.AddCommand<AssignCommand>("assign").WithDescription("Corridor traffic: the background freight assigned to the corridors at equilibrium under --scenario (volumes, loads, delays, diversion); or a TNTP test network with --tntp-net FILE --tntp-trips FILE.");
            config.AddCommand<CompareCommand>("compare").WithDescription("Run the flow under two or more scenarios and show cost, unmet demand, corridor shifts and new bottlenecks side by side.");
            config.AddBranch<CaravanSettings>("scenarios", scenarios =>
            {
                scenarios.SetDescription("List the dataset's scenarios, or check a scenario file.");
                scenarios.SetDefaultCommand<ScenariosCommand>();
                scenarios.AddCommand<ScenariosValidateCommand>("validate").WithDescription("Check a scenario file against the dataset; list every problem as file:line:column.");
            });
        });
        return app.Run(args);
    }
}
