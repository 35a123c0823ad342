package io.chataccess.testing;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Starts one Keycloak server for the whole test JVM, on first use, and stops it when the JVM's test
 * run ends. Test classes receive it (or a {@link KeycloakHttp} bound to it) as a parameter.
 */
public final class KeycloakServerExtension implements BeforeAllCallback, ParameterResolver {

  private static final ExtensionContext.Namespace NAMESPACE =
      ExtensionContext.Namespace.create(KeycloakServerExtension.class);

  @Override
  public void beforeAll(ExtensionContext context) {
    server(context);
  }

  @Override
  public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
    Class<?> type = parameter.getParameter().getType();
    return type == KeycloakServer.class || type == KeycloakHttp.class;
  }

  @Override
  public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
    KeycloakServer server = server(context);
    return parameter.getParameter().getType() == KeycloakServer.class
        ? server
        : new KeycloakHttp(server);
  }

  private static KeycloakServer server(ExtensionContext context) {
    return context
        .getRoot()
        .getStore(NAMESPACE)
        .getOrComputeIfAbsent(
            RunningServer.class, key -> RunningServer.start(), RunningServer.class)
        .server();
  }

  /** Stopped by JUnit when the root context closes, i.e. after the last test of the JVM. */
  private record RunningServer(KeycloakServer server)
      implements ExtensionContext.Store.CloseableResource {

    static RunningServer start() {
      KeycloakServer server = new KeycloakServer(ServerSettings.fromSystemProperties());
      server.start();
      return new RunningServer(server);
    }

    @Override
    public void close() {
      server.stop();
    }
  }
}
