package io.chataccess.cluster;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Lays out the nodes' homes: a copy of the unpacked distribution with our provider, built once for
 * PostgreSQL and the clustered cache, then copied for the second node with file times kept (a
 * newer-looking provider jar would make that node refuse the optimized start).
 */
final class ClusterHomes {

  private ClusterHomes() {}

  static void build(Path distribution, List<Path> providers, Path first, Path second) {
    buildOne(distribution, providers, first);
    try {
      copyTree(first, second);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** One node's home, built afresh in {@code home} (whose parent folder is emptied first). */
  static void buildOne(Path distribution, List<Path> providers, Path first) {
    try {
      delete(first.getParent());
      copyTree(distribution, first);
      for (Path jar : providers) {
        Files.copy(
            jar,
            first.resolve("providers").resolve(jar.getFileName()),
            StandardCopyOption.REPLACE_EXISTING);
      }
      Process build =
          new ProcessBuilder(
                  first.resolve("bin/kc.sh").toString(),
                  "build",
                  "--db=postgres",
                  "--cache=ispn",
                  "--health-enabled=true")
              .directory(first.toFile())
              .redirectErrorStream(true)
              .redirectOutput(first.resolve("build.log").toFile())
              .start();
      if (!build.waitFor(5, TimeUnit.MINUTES) || build.exitValue() != 0) {
        throw new IllegalStateException("kc.sh build failed, see " + first.resolve("build.log"));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static void copyTree(Path from, Path to) throws IOException {
    try (Stream<Path> paths = Files.walk(from)) {
      for (Path source : paths.toList()) {
        Path target = to.resolve(from.relativize(source).toString());
        if (Files.isDirectory(source)) {
          Files.createDirectories(target);
        } else {
          Files.copy(source, target, StandardCopyOption.COPY_ATTRIBUTES);
        }
      }
    }
  }

  private static void delete(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(dir)) {
      for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(path);
      }
    }
  }
}
