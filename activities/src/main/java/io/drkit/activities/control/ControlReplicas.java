package io.drkit.activities.control;

/** The control table's replica in any region of the deployment. */
@FunctionalInterface
public interface ControlReplicas {

  ControlReplica in(String region);
}
