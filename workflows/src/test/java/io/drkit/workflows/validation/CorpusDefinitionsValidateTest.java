package io.drkit.workflows.validation;

import static org.assertj.core.api.Assertions.assertThat;

import io.drkit.workflows.conformance.ConformanceCase;
import io.drkit.workflows.conformance.ConformanceRunner;
import io.drkit.workflows.conformance.CorpusLocation;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/** Every definition AWS accepted and ran must pass the validator: no false alarms. */
class CorpusDefinitionsValidateTest {

  @Test
  void everyRecordedDefinitionIsValid() {
    var location = CorpusLocation.find();
    Assumptions.assumeTrue(location.isPresent(), CorpusLocation::absence);
    Path corpus = location.get();
    List<String> rejected = new ArrayList<>();
    for (ConformanceCase c : ConformanceRunner.read(corpus)) {
      List<Problem> problems = DefinitionValidator.validate(c.definition());
      if (!problems.isEmpty()) {
        rejected.add(c.id() + " -> " + problems);
      }
    }
    assertThat(rejected).isEmpty();
  }
}
