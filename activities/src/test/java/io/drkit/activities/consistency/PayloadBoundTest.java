package io.drkit.activities.consistency;

import static org.assertj.core.api.Assertions.assertThat;

import io.drkit.activities.contract.StepJson;
import io.drkit.activities.validate.ConsistencyRequest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class PayloadBoundTest {

  /** Step Functions' limit on a state's input or output. */
  static final int STATE_LIMIT_BYTES = 256 * 1024;

  @Test
  void theLargestScanResultTheConsistencyRequestAllowsFitsAStateWithRoomToSpare() {
    int buckets = 512;
    int segments = ConsistencyRequest.MAX_DIGESTS_PER_REGION / buckets;
    List<SegmentDigests> scans = new ArrayList<>();
    for (String region : List.of("ap-south-1", "ap-southeast-1")) {
      for (int segment = 0; segment < segments; segment++) {
        scans.add(new SegmentDigests(region, segment, Long.MAX_VALUE, Collections.nCopies(buckets, "8000000000000000"),
            Collections.nCopies(buckets, 999_999)));
      }
    }
    int bytes = StepJson.text(scans).getBytes(StandardCharsets.UTF_8).length;
    assertThat(bytes).as("the Map's result at the largest segments x buckets").isLessThan(STATE_LIMIT_BYTES - 32 * 1024);
  }
}
