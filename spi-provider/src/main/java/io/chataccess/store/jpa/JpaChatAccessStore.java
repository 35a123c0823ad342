package io.chataccess.store.jpa;

import io.chataccess.policy.ChatPolicy;
import io.chataccess.policy.ChatRole;
import io.chataccess.policy.InboxTree;
import io.chataccess.policy.PermissionCatalog;
import io.chataccess.policy.RoleVersion;
import io.chataccess.store.AssignmentStore;
import io.chataccess.store.ChangeRetention;
import io.chataccess.store.ChangeStore;
import io.chataccess.store.ChatAccessStore;
import io.chataccess.store.ChatRoleStore;
import io.chataccess.store.ChatSettings;
import io.chataccess.store.ChatSettingsStore;
import io.chataccess.store.CustomPermissionStore;
import io.chataccess.store.InboxNodeStore;
import io.chataccess.store.KeptVersionStore;
import io.chataccess.store.LicenseStore;
import io.chataccess.store.RealmSnapshot;
import io.chataccess.store.StoredAssignment;
import io.chataccess.store.StoredLicenseType;
import io.chataccess.store.StoredRoleVersion;
import io.chataccess.store.SuspensionStore;
import io.chataccess.store.WebhookStore;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/** The JPA implementation of the chat access store, on Keycloak's own database. */
final class JpaChatAccessStore implements ChatAccessStore {

  private static final List<String> REALM_TABLES_IN_DELETE_ORDER =
      List.of(
          "ChatAccessKeptVersion",
          "ChatAccessChange",
          "ChatAccessWebhookDelivery",
          "ChatAccessWebhook",
          "ChatAccessLicenseHolder",
          "ChatAccessLicenseType",
          "ChatAccessUserState",
          "ChatAccessCustomPermission",
          "ChatAccessRealmSettings");

  private final EntityManager em;
  private final JpaInboxNodeStore nodes;
  private final JpaLicenseStore licenses;
  private final JpaChatRoleStore roles;
  private final JpaAssignmentStore assignments;
  private final JpaChatSettingsStore settings;
  private final JpaSuspensionStore suspensions;
  private final JpaCustomPermissionStore permissions;
  private final JpaKeptVersionStore keptVersions;
  private final JpaChangeStore changes;
  private final JpaWebhookStore webhooks;

  JpaChatAccessStore(EntityManager em, ChangeRetention retention) {
    this.em = em;
    this.nodes = new JpaInboxNodeStore(em);
    this.licenses = new JpaLicenseStore(em);
    this.roles = new JpaChatRoleStore(em);
    this.assignments = new JpaAssignmentStore(em);
    this.settings = new JpaChatSettingsStore(em);
    this.suspensions = new JpaSuspensionStore(em);
    this.permissions = new JpaCustomPermissionStore(em);
    this.keptVersions = new JpaKeptVersionStore(em);
    this.changes = new JpaChangeStore(em, retention);
    this.webhooks = new JpaWebhookStore(em);
  }

  @Override
  public InboxNodeStore nodes() {
    return nodes;
  }

  @Override
  public LicenseStore licenses() {
    return licenses;
  }

  @Override
  public ChatRoleStore roles() {
    return roles;
  }

  @Override
  public AssignmentStore assignments() {
    return assignments;
  }

  @Override
  public ChatSettingsStore settings() {
    return settings;
  }

  @Override
  public SuspensionStore suspensions() {
    return suspensions;
  }

  @Override
  public CustomPermissionStore permissions() {
    return permissions;
  }

  @Override
  public KeptVersionStore keptVersions() {
    return keptVersions;
  }

  @Override
  public ChangeStore changes() {
    return changes;
  }

  @Override
  public WebhookStore webhooks() {
    return webhooks;
  }

  @Override
  public ChatPolicy loadPolicy(String realmId) {
    return loadPolicy(realmId, settings.get(realmId));
  }

  @Override
  public RealmSnapshot loadSnapshot(String realmId) {
    ChatSettings realmSettings = settings.get(realmId);
    return new RealmSnapshot(
        loadPolicy(realmId, realmSettings),
        licenses.holdings(realmId),
        suspensions.suspendedUserIds(realmId),
        realmSettings.departmentRootGroupId(),
        keptVersions.all(realmId));
  }

  /** The revision is read first, so that a policy never claims a revision older than its data. */
  private ChatPolicy loadPolicy(String realmId, ChatSettings realmSettings) {
    PermissionCatalog catalog = PermissionCatalog.withCustom(permissions.list(realmId));
    InboxTree tree =
        new InboxTree(
            em
                .createQuery(
                    "select n from ChatAccessNode n where n.realmId = :realmId", NodeEntity.class)
                .setParameter("realmId", realmId)
                .getResultList()
                .stream()
                .map(JpaInboxNodeStore::toTreeNode)
                .toList());
    return new ChatPolicy(
        catalog,
        tree,
        loadRoles(realmId),
        licenses.list(realmId).stream().map(StoredLicenseType::toLicenseType).toList(),
        assignments.all(realmId).stream().map(StoredAssignment::toAssignment).toList(),
        realmSettings.licensesRequired(),
        realmSettings.revision());
  }

  private List<ChatRole> loadRoles(String realmId) {
    Map<String, List<RoleVersion>> versionsByRole =
        em
            .createQuery(
                "select distinct v from ChatAccessRoleVersion v left join fetch v.grants,"
                    + " ChatAccessRole r where r.id = v.roleId and r.realmId = :realmId",
                RoleVersionEntity.class)
            .setParameter("realmId", realmId)
            .getResultList()
            .stream()
            .map(JpaChatRoleStore::toModel)
            .collect(
                Collectors.groupingBy(
                    StoredRoleVersion::roleId,
                    Collectors.mapping(
                        v -> new RoleVersion(v.version(), v.grants(), v.requiresLicense()),
                        Collectors.toList())));
    return em
        .createQuery("select r from ChatAccessRole r where r.realmId = :realmId", RoleEntity.class)
        .setParameter("realmId", realmId)
        .getResultList()
        .stream()
        .filter(r -> versionsByRole.containsKey(r.getId()))
        .map(r -> new ChatRole(r.getId(), r.getKey(), r.getName(), versionsByRole.get(r.getId())))
        .toList();
  }

  @Override
  public void removeRealm(String realmId) {
    em.createQuery(
            "select a from ChatAccessAssignment a where a.realmId = :realmId",
            AssignmentEntity.class)
        .setParameter("realmId", realmId)
        .getResultList()
        .forEach(em::remove);
    em.flush();
    em.createQuery("select r.id from ChatAccessRole r where r.realmId = :realmId", String.class)
        .setParameter("realmId", realmId)
        .getResultList()
        .forEach(id -> roles.delete(realmId, id));
    deleteNodes(realmId);
    for (String entity : REALM_TABLES_IN_DELETE_ORDER) {
      em.createQuery("delete from " + entity + " e where e.realmId = :realmId")
          .setParameter("realmId", realmId)
          .executeUpdate();
    }
  }

  /** Children before parents, as the parent foreign key requires. */
  private void deleteNodes(String realmId) {
    List<NodeEntity> remaining =
        em.createQuery(
                "select n from ChatAccessNode n where n.realmId = :realmId", NodeEntity.class)
            .setParameter("realmId", realmId)
            .getResultList();
    while (!remaining.isEmpty()) {
      Set<String> parents =
          remaining.stream()
              .map(NodeEntity::getParentId)
              .filter(Objects::nonNull)
              .collect(Collectors.toSet());
      List<NodeEntity> leaves =
          remaining.stream().filter(n -> !parents.contains(n.getId())).toList();
      leaves.forEach(em::remove);
      em.flush();
      remaining = remaining.stream().filter(n -> !leaves.contains(n)).toList();
    }
  }
}
