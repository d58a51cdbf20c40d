package io.drkit.activities.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import DR.InvalidInput;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.api.Test;

class RequireTest {

  @Test
  void aListHoldingNullIsRefusedByName() {
    assertThatThrownBy(() -> Require.list("keys", Arrays.asList("a", null))).isInstanceOf(InvalidInput.class)
        .hasMessageContaining("'keys'");
  }

  @Test
  void anEmptyListIsRefusedWhereOneIsNeeded() {
    assertThatThrownBy(() -> Require.nonEmpty("scans", Arrays.asList())).isInstanceOf(InvalidInput.class)
        .hasMessageContaining("'scans'");
  }

  @Disabled("bug: Require.list asks values.contains(null), which an immutable list (List.of, List.copyOf) answers "
      + "with a NullPointerException; the records keep their lists as List.copyOf, so a record built in Java from "
      + "another record's list (new KeysInput(..., recheck.keys(), ...)) fails")
  @Test
  void anImmutableListIsTaken() {
    assertThat(Require.list("keys", List.of("a", "b"))).containsExactly("a", "b");
  }
}
