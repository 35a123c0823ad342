package io.chataccess.integration;

import java.util.List;

/**
 * What the generated requests refer to in the test realm: nodes, licenses, roles, an assignment,
 * users and other subjects, all created before the first try and never deleted by one.
 */
record Fixtures(
    String locationId,
    String inboxId,
    String inboxKey,
    String putLocationId,
    String putInboxId,
    String licenseId,
    String heldLicenseId,
    String holderLicenseId,
    String roleId,
    String usedRoleId,
    String assignmentId,
    String usedPermission,
    String aliceId,
    String bobId,
    String groupId,
    String realmRoleId,
    String clientRoleId) {

  List<String> nodeIds() {
    return List.of(locationId, inboxId, putLocationId);
  }

  List<String> userIds() {
    return List.of(aliceId, bobId);
  }
}
