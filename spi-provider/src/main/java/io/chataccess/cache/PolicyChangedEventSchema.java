package io.chataccess.cache;

import java.io.IOException;
import org.infinispan.protostream.FileDescriptorSource;
import org.infinispan.protostream.MessageMarshaller;
import org.infinispan.protostream.SerializationContext;
import org.infinispan.protostream.SerializationContextInitializer;

/**
 * The ProtoStream schema and marshaller of {@link PolicyChangedEvent}, so that Keycloak's cluster
 * provider can carry it between nodes. Found by Keycloak's build through {@code
 * META-INF/services/org.infinispan.protostream.SerializationContextInitializer}.
 */
public final class PolicyChangedEventSchema implements SerializationContextInitializer {

  static final String PROTO_FILE = "chat-access-cache.proto";
  static final String MESSAGE = "chataccess.PolicyChangedEvent";

  private static final String PROTO =
      """
      syntax = "proto2";
      package chataccess;

      message PolicyChangedEvent {
        optional string realmId = 1;
        optional int64 revision = 2;
      }
      """;

  @Override
  public void registerSchema(SerializationContext context) {
    context.registerProtoFiles(FileDescriptorSource.fromString(PROTO_FILE, PROTO));
  }

  @Override
  public void registerMarshallers(SerializationContext context) {
    context.registerMarshaller(new EventMarshaller());
  }

  private static final class EventMarshaller implements MessageMarshaller<PolicyChangedEvent> {

    @Override
    public PolicyChangedEvent readFrom(ProtoStreamReader reader) throws IOException {
      return new PolicyChangedEvent(reader.readString("realmId"), reader.readLong("revision"));
    }

    @Override
    public void writeTo(ProtoStreamWriter writer, PolicyChangedEvent event) throws IOException {
      writer.writeString("realmId", event.realmId());
      writer.writeLong("revision", event.revision());
    }

    @Override
    public Class<? extends PolicyChangedEvent> getJavaClass() {
      return PolicyChangedEvent.class;
    }

    @Override
    public String getTypeName() {
      return MESSAGE;
    }
  }
}
