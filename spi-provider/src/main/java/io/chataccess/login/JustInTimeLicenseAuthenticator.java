package io.chataccess.login;

import io.chataccess.domain.WriteUnit;
import io.chataccess.store.ChatAccessStore;
import io.chataccess.store.StoredLicenseType;
import java.util.Map;
import java.util.Optional;
import org.jboss.logging.Logger;
import org.keycloak.authentication.AuthenticationFlowContext;
import org.keycloak.models.RealmModel;

/**
 * "Just-in-time chat license": gives the signing-in user a seat of the configured license type when
 * one is free. When none is free the login is denied with a page, or goes on unlicensed, as
 * configured. The login event carries {@code chat_license} with what happened.
 */
final class JustInTimeLicenseAuthenticator extends UserAuthenticator {

  static final String LICENSE = "chat-access.license";
  static final String WHEN_FULL = "chat-access.when-full";
  static final String DENY = "deny";
  static final String CONTINUE = "continue";

  static final String EVENT_DETAIL = "chat_license";
  static final String FULL_ERROR = "chat_license_unavailable";

  private static final Logger LOG = Logger.getLogger(JustInTimeLicenseAuthenticator.class);

  @Override
  public void authenticate(AuthenticationFlowContext context) {
    Map<String, String> config =
        context.getAuthenticatorConfig() == null
            ? Map.of()
            : context.getAuthenticatorConfig().getConfig();
    RealmModel realm = context.getRealm();
    ChatAccessStore store = context.getSession().getProvider(ChatAccessStore.class);
    String licenseKey = config.getOrDefault(LICENSE, "");
    Optional<StoredLicenseType> license = store.licenses().findByKey(realm.getId(), licenseKey);
    SeatAllocation.Outcome outcome;
    if (license.isEmpty()) {
      LOG.warnf("Just-in-time license: realm %s has no license %s", realm.getName(), licenseKey);
      outcome = SeatAllocation.Outcome.FULL;
    } else {
      outcome =
          new SeatAllocation(new WriteUnit(context.getSession(), store, realm.getId()))
              .requestSeat(license.get(), context.getUser().getId());
    }
    context.getEvent().detail(EVENT_DETAIL, licenseKey + " " + outcome.name().toLowerCase());
    if (outcome != SeatAllocation.Outcome.FULL || CONTINUE.equals(config.get(WHEN_FULL))) {
      context.success();
      return;
    }
    LoginDenial.deny(
        context,
        FULL_ERROR,
        "chatAccessNoFreeSeat",
        "No chat license is free at the moment; ask an administrator.");
  }
}
