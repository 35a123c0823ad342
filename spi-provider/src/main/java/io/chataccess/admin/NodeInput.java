package io.chataccess.admin;

import io.chataccess.policy.Channel;
import io.chataccess.policy.NodeType;
import io.chataccess.rest.ProblemException;
import io.chataccess.rules.FieldErrors;
import io.chataccess.rules.NodeRules;
import io.chataccess.rules.Texts;
import io.chataccess.store.StoredNode;
import java.util.Map;

/** Validates a node representation sent by a client and turns it into a stored node. */
final class NodeInput {

  private NodeInput() {}

  /** Field checks that need no database; the parent is checked by {@link InboxesResource}. */
  static StoredNode validate(NodeRepresentation rep, String id) {
    FieldErrors errors = new FieldErrors();
    Texts.key(rep.key(), "key", errors);
    Texts.name(rep.name(), "name", errors);
    NodeType type = NodeRules.type(rep.type(), "type", errors);
    Channel channel = NodeRules.channel(type, rep.channel(), "channel", errors);
    Map<String, String> attributes = NodeRules.attributes(rep.attributes(), "attributes", errors);
    ProblemException.throwIfAny(errors);
    return new StoredNode(
        id, rep.key(), type, blankToNull(rep.parentId()), channel, rep.name().strip(), attributes);
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value;
  }
}
