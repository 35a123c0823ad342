package io.chataccess.cache;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ServiceLoader;
import org.infinispan.protostream.ProtobufUtil;
import org.infinispan.protostream.SerializationContext;
import org.infinispan.protostream.SerializationContextInitializer;
import org.junit.jupiter.api.Test;

/** The cluster event survives the trip through ProtoStream, as Keycloak's cluster sends it. */
class PolicyChangedEventSchemaTest {

  @Test
  void the_event_round_trips_as_a_wrapped_message() throws IOException {
    SerializationContext context = ProtobufUtil.newSerializationContext();
    new PolicyChangedEventSchema().register(context);
    PolicyChangedEvent sent = new PolicyChangedEvent("a-realm-id", 42);

    byte[] bytes = ProtobufUtil.toWrappedByteArray(context, sent);
    Object received = ProtobufUtil.fromWrappedByteArray(context, bytes);

    assertThat(received).isEqualTo(sent);
  }

  @Test
  void a_realm_removal_keeps_its_meaning() throws IOException {
    SerializationContext context = ProtobufUtil.newSerializationContext();
    new PolicyChangedEventSchema().register(context);

    Object received =
        ProtobufUtil.fromWrappedByteArray(
            context,
            ProtobufUtil.toWrappedByteArray(context, PolicyChangedEvent.realmRemoved("gone")));

    assertThat(((PolicyChangedEvent) received).realmRemoved()).isTrue();
  }

  @Test
  void keycloak_finds_the_schema_through_the_service_loader() {
    assertThat(ServiceLoader.load(SerializationContextInitializer.class).stream())
        .anyMatch(provider -> provider.type() == PolicyChangedEventSchema.class);
  }
}
