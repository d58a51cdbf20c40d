package io.drkit.activities.validate;

import java.util.Map;

/** A workflow's request: it names the regions it acts on, which must be this deployment's. */
interface WorkflowRequest {

  /** Each region field given, by its name. */
  Map<String, String> namedRegions();
}
