package io.chataccess.bench.load;

/** The three ways of issuing the same users' tokens, each through a client of its own. */
enum Variant {
  PLAIN("bench-plain", "(a) no chat claim"),
  CHAT("bench-chat", "(b) chat mapper"),
  GROUPS("bench-groups", "(c) group membership mapper");

  final String clientId;
  final String label;

  Variant(String clientId, String label) {
    this.clientId = clientId;
    this.label = label;
  }
}
