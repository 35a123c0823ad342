package io.chataccess.cluster;

/** The PostgreSQL database the nodes share, from the build's {@code keycloak.db.*} settings. */
record ClusterDatabase(String url, String username, String password) {

  /** Null when the build runs on the embedded database, which two nodes cannot share. */
  static ClusterDatabase fromSystemProperties() {
    if (!"postgres".equals(System.getProperty("keycloak.db"))) {
      return null;
    }
    return new ClusterDatabase(
        System.getProperty("keycloak.db.url"),
        System.getProperty("keycloak.db.username", ""),
        System.getProperty("keycloak.db.password", ""));
  }
}
