package io.drkit.harness.drill;

import io.drkit.core.replication.WriteMode;
import io.drkit.harness.drill.load.ClientMode;
import io.drkit.harness.lab.LabProfile;
import java.nio.file.Path;

/** How to run a drill: the lab's profile, the clients' mode, the write mode, and where the report goes. */
public record DrillOptions(LabProfile profile, ClientMode clientMode, WriteMode writeMode, Path reportDir) {}
