package io.drkit.activities.rollback;

import java.util.List;
import java.util.Optional;

/** The traffic-router's live alias in this region (a Lambda alias deployed), and the versions it may point at. */
public interface RouterAlias {

  String function();

  String alias();

  /** The version the alias points at, or empty when the alias does not exist. */
  Optional<String> currentVersion();

  /** Every published version of the function. */
  List<String> versions();

  void pointAt(String version);
}
