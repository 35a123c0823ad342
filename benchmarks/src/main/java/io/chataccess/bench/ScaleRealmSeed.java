package io.chataccess.bench;

/** The seed every benchmark and report uses, so that their figures describe the same realm. */
public final class ScaleRealmSeed {

  public static final long SEED = 20261123L;

  private ScaleRealmSeed() {}
}
