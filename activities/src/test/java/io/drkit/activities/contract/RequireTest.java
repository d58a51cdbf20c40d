package io.drkit.activities.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import DR.InvalidInput;
import java.util.Arrays;
import java.util.List;
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

  @Test
  void anImmutableListIsTaken() {
    assertThat(Require.list("keys", List.of("a", "b"))).containsExactly("a", "b");
  }
}
