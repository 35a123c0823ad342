package io.chataccess.bench.newonly;

import io.chataccess.bench.load.Machine;
import java.util.List;

/**
 * What else ran on the machine: the load average and the Maven builds, test JVMs and other Keycloak
 * servers found among the Java processes (this 2-core machine is shared with builds and tests).
 */
final class Neighbours {

  private static final String OWN_SERVER = "target/new-only/";

  private Neighbours() {}

  static String now() {
    List<String> commands =
        ProcessHandle.allProcesses()
            .filter(p -> p.pid() != ProcessHandle.current().pid())
            .filter(p -> p.info().command().orElse("").endsWith("/java"))
            .map(p -> p.info().commandLine().orElse(""))
            .toList();
    long maven = commands.stream().filter(c -> c.contains("plexus-classworlds")).count();
    long tests =
        commands.stream().filter(c -> c.contains("surefire") || c.contains("failsafe")).count();
    long servers =
        commands.stream()
            .filter(c -> c.contains("quarkus-run.jar") || c.contains("io.quarkus.bootstrap"))
            .filter(c -> !c.contains(OWN_SERVER))
            .count();
    return "load average "
        + Machine.loadAverage()
        + "; other processes: "
        + maven
        + " Maven, "
        + tests
        + " test JVMs, "
        + servers
        + " other Keycloak servers";
  }
}
