package io.chataccess;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.ServiceLoader;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.keycloak.connections.jpa.entityprovider.JpaEntityProviderFactory;
import org.keycloak.provider.ProviderFactory;
import org.keycloak.provider.Spi;
import org.keycloak.services.resources.admin.ext.AdminRealmResourceProviderFactory;

/** Every factory listed in META-INF/services loads, and every provider id carries our prefix. */
class ProviderRegistrationTest {

  static Stream<Class<?>> serviceTypes() {
    return Stream.of(
        Spi.class,
        JpaEntityProviderFactory.class,
        AdminRealmResourceProviderFactory.class,
        io.chataccess.store.ChatAccessStoreFactory.class,
        org.keycloak.protocol.ProtocolMapper.class,
        org.keycloak.services.resource.RealmResourceProviderFactory.class,
        io.chataccess.lifecycle.ChatLifecycleSpi.ChatLifecycleProviderFactory.class,
        org.infinispan.protostream.SerializationContextInitializer.class,
        io.chataccess.config.StartupImportSpi.StartupImportProviderFactory.class);
  }

  private static boolean ofOwnSpi(Object factory) {
    return java.util.Arrays.stream(factory.getClass().getInterfaces())
            .anyMatch(i -> i.getName().startsWith("io.chataccess."))
        && ((ProviderFactory<?>) factory).getId().equals("default");
  }

  /** Classes of the provider jar, not of other jars on the test class path (the test probe). */
  private static boolean isOurs(Class<?> type) {
    return codeSource(type).equals(codeSource(io.chataccess.store.ChatAccessStoreSpi.class));
  }

  private static java.net.URL codeSource(Class<?> type) {
    return type.getProtectionDomain().getCodeSource().getLocation();
  }

  @ParameterizedTest
  @MethodSource("serviceTypes")
  void every_listed_service_loads(Class<?> type) throws IOException {
    List<String> listed = listed(type);
    List<?> loaded =
        ServiceLoader.load(type).stream()
            .filter(p -> isOurs(p.type()))
            .map(ServiceLoader.Provider::get)
            .toList();

    assertThat(listed).isNotEmpty();
    assertThat(loaded)
        .extracting(o -> o.getClass().getName())
        .containsExactlyInAnyOrderElementsOf(listed);
    // in Keycloak's SPIs our ids carry our prefix; in our own SPIs the one provider is "default"
    loaded.stream()
        .filter(ProviderFactory.class::isInstance)
        .filter(f -> !ofOwnSpi(f))
        .map(f -> ((ProviderFactory<?>) f).getId())
        .forEach(id -> assertThat(id).startsWith("chat-access"));
    loaded.stream()
        .filter(Spi.class::isInstance)
        .map(s -> ((Spi) s).getName())
        .forEach(name -> assertThat(name).startsWith("chat-access"));
  }

  private static List<String> listed(Class<?> type) throws IOException {
    try (InputStream in =
        ProviderRegistrationTest.class.getResourceAsStream(
            "/META-INF/services/" + type.getName())) {
      assertThat(in).as("services file of " + type.getName()).isNotNull();
      return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))
          .lines()
          .map(String::trim)
          .filter(l -> !l.isEmpty() && !l.startsWith("#"))
          .toList();
    }
  }
}
