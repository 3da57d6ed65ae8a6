package dev.crmroi.cli;

import dev.crmroi.analytics.adoption.Leaderboard;
import dev.crmroi.analytics.adoption.ScoreWeights;
import dev.crmroi.core.config.CrmRoiConfig;
import dev.crmroi.core.kpi.Period;
import dev.crmroi.store.Store;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code crm-roi adoption}: the CRM adoption leaderboard per user or team. */
@Command(
    name = "adoption",
    mixinStandardHelpOptions = true,
    description = {
      "CRM adoption leaderboard: points per user for the period from calls (3), meetings (5),"
          + " emails, tasks, quotes and notes (1) logged, opportunities updated (2, once each) and"
          + " closed won or lost (10), and complete records owned (1 each: opportunities with"
          + " amount, account, type and close date when closed; accounts with industry and"
          + " region); with rank and badges.",
      "With --by team, teams ranked by points per member."
    })
final class AdoptionCommand implements Callable<Integer> {
  @Option(
      names = "--period",
      paramLabel = "PERIOD",
      description = "2024, 2024-Q1, 2024-03 or 2024-01-01..2024-06-30 (default: this year).")
  String period;

  @Option(names = "--by", paramLabel = "team", description = "Rank teams instead of users.")
  String by;

  @Option(
      names = "--limit",
      paramLabel = "N",
      defaultValue = "50",
      description = "Show the first N (default: ${DEFAULT-VALUE}).")
  int limit;

  @Mixin TableOrJsonOption output;
  private OutputFormat format;

  @ParentCommand Main main;
  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    Period p = CommandArgs.periodOrThisYear(period);
    format = output.get();
    if (by != null && !by.equals("team")) {
      throw new UsageException("--by must be team but was '" + by + "'");
    }
    if (limit < 1) {
      throw new UsageException("--limit must be at least 1 but was " + limit);
    }
    CrmRoiConfig config = Session.config(main.global, List.of());
    try (Store store = Session.existingStore(main.global, config)) {
      ScoreWeights weights = ScoreWeights.defaults();
      Leaderboard board = new Leaderboard(store, weights);
      AdoptionView view = new AdoptionView(spec.commandLine().getOut(), format, limit);
      if (by == null) {
        view.printUsers(p, weights, board.users(p));
      } else {
        view.printTeams(p, weights, board.teams(p));
      }
    }
    return ExitCode.OK;
  }
}
