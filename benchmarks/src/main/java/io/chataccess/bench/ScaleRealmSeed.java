package io.chataccess.bench;

/** The seed every benchmark and report uses, so that their figures describe the same realm. */
final class ScaleRealmSeed {

  static final long SEED = 20261123L;

  private ScaleRealmSeed() {}
}
