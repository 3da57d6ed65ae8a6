package dev.crmroi.cli;

import dev.crmroi.core.finance.DatedCashFlow;
import dev.crmroi.core.finance.Payback;
import dev.crmroi.core.finance.PresentValue;
import dev.crmroi.core.finance.RateOfReturn;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code crm-roi fin}: the finance functions on flows given as arguments or in a file. */
@Command(
    name = "fin",
    mixinStandardHelpOptions = true,
    description = {
      "Finance functions, agreeing with Excel/LibreOffice on their documented examples.",
      "Put negative flows after -- so they are not read as options:"
          + " crm-roi fin irr -- -70000 12000 15000 18000 21000 26000"
    },
    subcommands = {
      FinCommand.Npv.class,
      FinCommand.Xnpv.class,
      FinCommand.Irr.class,
      FinCommand.Xirr.class,
      FinCommand.Mirr.class,
      FinCommand.PaybackPeriods.class
    })
final class FinCommand {
  private FinCommand() {}

  /** Prints one result as text or {@code {"function", "value"}}. */
  static int print(CommandSpec spec, OutputFormat format, String function, Object value) {
    if (format == OutputFormat.json) {
      Map<String, Object> json = new LinkedHashMap<>();
      json.put("function", function);
      json.put("value", value);
      spec.commandLine().getOut().println(Json.write(json));
    } else if (format == OutputFormat.csv) {
      spec.commandLine().getOut().println("function,value");
      spec.commandLine().getOut().println(function + "," + (value == null ? "" : value));
    } else {
      spec.commandLine().getOut().println(value == null ? "never" : value.toString());
    }
    return ExitCode.OK;
  }

  @Command(
      name = "npv",
      mixinStandardHelpOptions = true,
      description = "Net present value: Σ CF_t / (1 + rate)^t, the first flow at time 0.")
  static final class Npv implements java.util.concurrent.Callable<Integer> {
    @Option(names = "--rate", required = true, description = "Discount rate per period, e.g. 0.1.")
    double rate;

    @Option(
        names = "--excel",
        description = "Excel's NPV convention: the first flow is discounted one period too.")
    boolean excel;

    @Mixin FlowArguments flows;
    @Spec CommandSpec spec;

    @Override
    public Integer call() {
      double[] cf = flows.amounts();
      double v = excel ? PresentValue.npvExcel(rate, cf) : PresentValue.npv(rate, cf);
      return print(spec, flows.format, excel ? "npv_excel" : "npv", v);
    }
  }

  @Command(
      name = "xnpv",
      mixinStandardHelpOptions = true,
      description = "NPV of dated flows, actual/365 from the first date (Excel XNPV).")
  static final class Xnpv implements java.util.concurrent.Callable<Integer> {
    @Option(names = "--rate", required = true, description = "Annual discount rate, e.g. 0.09.")
    double rate;

    @Mixin FlowArguments flows;
    @Spec CommandSpec spec;

    @Override
    public Integer call() {
      return print(spec, flows.format, "xnpv", PresentValue.xnpv(rate, flows.dated()));
    }
  }

  @Command(
      name = "irr",
      mixinStandardHelpOptions = true,
      description = "Internal rate of return of periodic flows; an error when it is not unique.")
  static final class Irr implements java.util.concurrent.Callable<Integer> {
    @Mixin FlowArguments flows;
    @Spec CommandSpec spec;

    @Override
    public Integer call() {
      return print(spec, flows.format, "irr", RateOfReturn.irr(flows.amounts()));
    }
  }

  @Command(
      name = "xirr",
      mixinStandardHelpOptions = true,
      description = "Internal rate of return of dated flows DATE=AMOUNT, actual/365.")
  static final class Xirr implements java.util.concurrent.Callable<Integer> {
    @Mixin FlowArguments flows;
    @Spec CommandSpec spec;

    @Override
    public Integer call() {
      List<DatedCashFlow> dated = flows.dated();
      return print(spec, flows.format, "xirr", RateOfReturn.xirr(dated));
    }
  }

  @Command(
      name = "mirr",
      mixinStandardHelpOptions = true,
      description = "Modified internal rate of return (Excel MIRR).")
  static final class Mirr implements java.util.concurrent.Callable<Integer> {
    @Option(names = "--finance-rate", required = true, description = "Rate paid on outflows.")
    double financeRate;

    @Option(names = "--reinvest-rate", required = true, description = "Rate earned on inflows.")
    double reinvestRate;

    @Mixin FlowArguments flows;
    @Spec CommandSpec spec;

    @Override
    public Integer call() {
      return print(
          spec,
          flows.format,
          "mirr",
          RateOfReturn.mirr(flows.amounts(), financeRate, reinvestRate));
    }
  }

  @Command(
      name = "payback",
      mixinStandardHelpOptions = true,
      description =
          "Periods until the cumulative flow is back at zero, interpolated; 'never'"
              + " when it is not. With --rate, the discounted payback.")
  static final class PaybackPeriods implements java.util.concurrent.Callable<Integer> {
    @Option(names = "--rate", description = "Discount rate per period for discounted payback.")
    Double rate;

    @Mixin FlowArguments flows;
    @Spec CommandSpec spec;

    @Override
    public Integer call() {
      double[] cf = flows.amounts();
      OptionalDouble v = rate == null ? Payback.periods(cf) : Payback.discountedPeriods(rate, cf);
      return print(
          spec,
          flows.format,
          rate == null ? "payback" : "discounted_payback",
          v.isPresent() ? v.getAsDouble() : null);
    }
  }
}
