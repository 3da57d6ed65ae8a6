package dev.crmroi.cli;

import dev.crmroi.analytics.businesscase.LoadedScenario;
import dev.crmroi.analytics.businesscase.ScenarioLoader;
import dev.crmroi.core.businesscase.BenchmarkPresets;
import dev.crmroi.core.businesscase.QuickCalculator;
import dev.crmroi.core.businesscase.QuickScenario;
import dev.crmroi.core.businesscase.ScenarioException;
import dev.crmroi.core.businesscase.SimulationSettings;
import dev.crmroi.core.businesscase.TeiModel;
import dev.crmroi.core.businesscase.TeiScenario;
import dev.crmroi.core.businesscase.Tornado;
import dev.crmroi.core.businesscase.VendorComparison;
import dev.crmroi.core.businesscase.VendorComparisonScenario;
import dev.crmroi.core.finance.FinanceException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.IntStream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code crm-roi calc}: the business case of a scenario file or of quick-calculator flags. */
@Command(
    name = "calc",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
      "Business case before buying: a quick calculation, a TEI-style multi-year model or a"
          + " comparison of CRM options, from a scenario file (docs/calc.md, examples/) or, without"
          + " a file, from the quick-calculator flags below. Inputs given as ranges get a seeded"
          + " Monte Carlo (P5/P50/P95 of ROI and NPV, P(ROI > 0)) and a tornado of NPV.",
      "Quick-calculator flags take a number, MIN..MAX (uniform) or MIN..MODE..MAX (triangular),"
          + " e.g. --win-rate-uplift 0..0.05..0.12; with a quick: scenario file they override its"
          + " values."
    })
final class CalcCommand implements Callable<Integer> {
  @Parameters(
      paramLabel = "SCENARIO.yaml",
      arity = "0..1",
      description = "A scenario file with a quick:, a tei: or company: + options: section.")
  Path file;

  @Option(
      names = "--simulate",
      paramLabel = "N",
      description =
          "Monte Carlo draws; 0 = none (default: the file's simulation.draws, else 10000).")
  Integer simulate;

  @Option(
      names = "--seed",
      paramLabel = "S",
      description = "Seed of the Monte Carlo (default: the file's simulation.seed, else 1).")
  Long seed;

  @Mixin TableOrJsonOption output;
  private OutputFormat format;

  @Option(
      names = "--presets",
      description = "List the benchmark presets with their sources and caveats, then stop.")
  boolean presets;

  @Mixin QuickFlags quick;
  @ParentCommand Main main;
  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    format = output.get();
    if (presets) {
      new PresetsView(spec.commandLine().getOut(), format).print(BenchmarkPresets.all());
      return ExitCode.OK;
    }
    if (simulate != null && simulate < 0) {
      throw new UsageException("--simulate must be 0 (no simulation) or more but was " + simulate);
    }
    String origin = file == null ? ScenarioMessages.FLAGS : file.toString();
    try {
      run(scenario(), origin);
    } catch (ScenarioException e) {
      throw new UsageException(ScenarioMessages.describe(origin, e, this::flagGiven));
    } catch (FinanceException e) {
      // The inputs are assumptions, not data: an undefined figure is the scenario's problem.
      throw new UsageException(
          origin + ": the business case cannot be computed: " + e.getMessage());
    }
    return ExitCode.OK;
  }

  private LoadedScenario scenario() {
    if (file == null) {
      return new LoadedScenario.Quick(quick.scenario(), SimulationSettings.defaults());
    }
    LoadedScenario loaded = new ScenarioLoader().load(file);
    if (loaded instanceof LoadedScenario.Quick q) {
      return new LoadedScenario.Quick(quick.over(q.scenario(), this::flagGiven), q.simulation());
    }
    QuickFlags.FLAGS.values().stream()
        .filter(this::flagGiven)
        .findFirst()
        .ifPresent(
            flag -> {
              throw new UsageException(
                  flag
                      + " applies to quick calculations, but "
                      + file
                      + " is a "
                      + loaded.kind()
                      + " scenario; change the value in the file");
            });
    return loaded;
  }

  private boolean flagGiven(String name) {
    return spec.commandLine().getParseResult().hasMatchedOption(name);
  }

  private void run(LoadedScenario loaded, String origin) {
    CalcContext context =
        new CalcContext(
            spec.commandLine().getOut(),
            format,
            file == null ? null : origin,
            Session.config(main.global, List.of()).reportingCurrency());
    Optional<SimulationSettings> settings = settings(loaded.simulation());
    if (loaded instanceof LoadedScenario.Quick q) {
      QuickScenario s = q.scenario();
      new QuickCaseView(context)
          .print(
              s,
              QuickCalculator.calculate(s),
              settings.map(set -> QuickCalculator.simulate(s, set)),
              QuickCalculator.tornado(s));
    } else if (loaded instanceof LoadedScenario.Tei t) {
      TeiScenario s = t.scenario();
      new TeiCaseView(context)
          .print(
              TeiModel.calculate(s),
              settings.map(set -> TeiModel.simulate(s, set)),
              TeiModel.tornado(s));
    } else if (loaded instanceof LoadedScenario.Comparison c) {
      VendorComparisonScenario s = c.scenario();
      SimulationSettings set =
          settings.orElseThrow(
              () ->
                  new UsageException(
                      "a comparison needs the Monte Carlo (its recommendation rests on the"
                          + " simulated NPVs): use --simulate N with N ≥ 1"));
      List<Tornado> tornadoes =
          IntStream.range(0, s.options().size())
              .mapToObj(i -> VendorComparison.tornado(s, i))
              .toList();
      new ComparisonView(context).print(s, VendorComparison.compare(s, set), tornadoes);
    }
  }

  private Optional<SimulationSettings> settings(SimulationSettings fromFile) {
    int draws = simulate != null ? simulate : fromFile.draws();
    long s = seed != null ? seed : fromFile.seed();
    return draws == 0 ? Optional.empty() : Optional.of(new SimulationSettings(draws, s));
  }
}
