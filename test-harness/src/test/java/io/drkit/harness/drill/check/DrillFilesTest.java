package io.drkit.harness.drill.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DrillFilesTest {

  @TempDir
  Path dir;

  @Test
  void readsHistoryEventsAndEachRegionsFinalItems() throws IOException {
    Files.writeString(dir.resolve("history.jsonl"), """
        {"client":"w1","op":"insert","key":"k1","value":"v1","version":1,"region":"ap-south-1","start_ms":5,"end_ms":9,"status":"201"}
        {"client":"r1","op":"read","key":"k1","value":null,"version":null,"region":null,"start_ms":1,"end_ms":3,"status":"timeout"}

        """);
    Files.writeString(dir.resolve("events.jsonl"), """
        {"time_ms":4,"type":"fault","detail":{"kind":"isolate","region":"ap-south-1"}}
        """);
    Files.writeString(dir.resolve("final-ap-south-1.jsonl"), "{\"id\":\"k1\",\"version\":1,\"data\":{}}\n");
    Files.writeString(dir.resolve("final-ap-southeast-1.jsonl"), "");
    DrillRecord record = DrillFiles.read(dir);
    assertThat(record.operations()).extracting(Operation::client).containsExactly("r1", "w1");
    assertThat(record.operations().get(0).version()).isEmpty();
    assertThat(record.operations().get(0).region()).isEmpty();
    assertThat(record.fault()).isPresent();
    assertThat(record.finalItems()).containsOnlyKeys("ap-south-1", "ap-southeast-1");
    assertThat(record.finalItems().get("ap-south-1")).containsOnlyKeys("k1");
  }

  @Test
  void aBadLineIsAnErrorNamingFileAndLine() throws IOException {
    Files.writeString(dir.resolve("history.jsonl"), """
        {"client":"w1","op":"insert","key":"k1","start_ms":5,"end_ms":9,"status":"201"}
        {"client":"w1","op":"upsert","key":"k1","start_ms":5,"end_ms":9,"status":"201"}
        """);
    Files.writeString(dir.resolve("events.jsonl"), "");
    assertThatThrownBy(() -> DrillFiles.read(dir)).isInstanceOf(IOException.class)
        .hasMessageContaining("history.jsonl line 2").hasMessageContaining("upsert");
  }

  @Test
  void aMissingFileIsNamed() {
    assertThatThrownBy(() -> DrillFiles.read(dir)).hasMessageContaining("no history.jsonl");
  }
}
