package dev.crmroi.cli;

import dev.crmroi.core.businesscase.Estimate;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * Reads an estimate from a flag: {@code 0.05} (a fixed number), {@code 0..0.12} (uniform between
 * the bounds) or {@code 0..0.05..0.12} (triangular: min, mode, max).
 */
final class EstimateConverter implements ITypeConverter<Estimate> {
  @Override
  public Estimate convert(String text) {
    String[] parts = text.trim().split("\\.\\.", -1);
    double[] v = new double[parts.length];
    for (int i = 0; i < parts.length; i++) {
      try {
        v[i] = Double.parseDouble(parts[i].trim());
      } catch (NumberFormatException e) {
        throw new TypeConversionException(
            "'" + text + "' is not a number, MIN..MAX or MIN..MODE..MAX");
      }
    }
    return switch (v.length) {
      case 1 -> Estimate.fixed(v[0]);
      case 2 -> Estimate.uniform(v[0], v[1]);
      case 3 -> Estimate.triangular(v[0], v[1], v[2]);
      default ->
          throw new TypeConversionException(
              "'" + text + "' is not a number, MIN..MAX or MIN..MODE..MAX");
    };
  }
}
