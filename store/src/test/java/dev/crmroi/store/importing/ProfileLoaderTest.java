package dev.crmroi.store.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProfileLoaderTest {
  @TempDir Path dir;

  private String file(String... lines) throws IOException {
    return Files.writeString(dir.resolve("broken.yaml"), String.join("\n", lines)).toString();
  }

  @Test
  void builtInProfiles_allLoad_salesforceKeepsCloseDateOnlyWhenClosed() {
    ProfileLoader loader = new ProfileLoader();

    List<String> names = ProfileLoader.BUILT_IN.stream().map(n -> loader.load(n).name()).toList();
    Profile salesforce = loader.load("salesforce");

    assertThat(names).containsExactly("canonical", "salesforce", "hubspot");
    assertThat(salesforce.tables().get("opportunities").nullUnless().get("closed_at"))
        .isEqualTo(new Profile.NullUnless("stage", List.of("won", "lost")));
    assertThat(salesforce.idLength()).contains(15);
  }

  @Test
  void userProfile_unknownTable_failsNamingTheTable() throws IOException {
    String path = file("tables:", "  deals: {}");

    assertThatThrownBy(() -> new ProfileLoader().load(path))
        .isInstanceOf(ImportFailure.class)
        .hasMessage("profile " + path + ": unknown table 'deals'");
  }

  @Test
  void userProfile_unknownColumn_failsNamingTheColumnAndTheKnownOnes() throws IOException {
    String path = file("tables:", "  accounts:", "    columns:", "      company_name: [Company]");

    assertThatThrownBy(() -> new ProfileLoader().load(path))
        .isInstanceOf(ImportFailure.class)
        .hasMessageStartingWith(
            "profile " + path + ": table accounts has no column 'company_name' (columns: [");
  }

  @Test
  void userProfile_synonymTargetNotAllowed_failsNamingValueAndAllowedOnes() throws IOException {
    String path =
        file("tables:", "  opportunities:", "    values:", "      stage: {Closed Won: closed}");

    assertThatThrownBy(() -> new ProfileLoader().load(path))
        .isInstanceOf(ImportFailure.class)
        .hasMessage(
            "profile "
                + path
                + ": opportunities.stage value 'closed' is not one of [open, won, lost]");
  }

  @Test
  void userProfile_nullUnlessOnNumberColumn_failsNamingTheColumn() throws IOException {
    String path =
        file(
            "tables:", "  tickets:", "    null_unless:", "      closed_at: {handle_time_min: [5]}");

    assertThatThrownBy(() -> new ProfileLoader().load(path))
        .isInstanceOf(ImportFailure.class)
        .hasMessage(
            "profile "
                + path
                + ": null_unless of tickets.closed_at tests handle_time_min, which is neither an"
                + " enumeration nor text");
  }

  @Test
  void userProfile_idLengthNotAWholeNumber_failsNamingTheSetting() throws IOException {
    String path = file("id_length: fifteen", "tables:", "  accounts: {}");

    assertThatThrownBy(() -> new ProfileLoader().load(path))
        .isInstanceOf(ImportFailure.class)
        .hasMessage(
            "profile " + path + ": id_length must be a whole number >= 1 but was \"fifteen\"");
  }
}
