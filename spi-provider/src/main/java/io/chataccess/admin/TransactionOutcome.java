package io.chataccess.admin;

import jakarta.transaction.Status;
import jakarta.transaction.SystemException;
import jakarta.transaction.TransactionManager;
import org.keycloak.models.KeycloakSession;
import org.keycloak.transaction.JtaTransactionManagerLookup;

/**
 * Tells a write that failed because the server ended its transaction (the transaction timeout's
 * reaper rolls it back from another thread) from one that failed on its own statements (those only
 * mark the transaction for rollback).
 */
final class TransactionOutcome {

  private TransactionOutcome() {}

  static boolean rolledBackByServer(KeycloakSession session) {
    JtaTransactionManagerLookup lookup = session.getProvider(JtaTransactionManagerLookup.class);
    TransactionManager manager = lookup == null ? null : lookup.getTransactionManager();
    if (manager == null) {
      return false;
    }
    try {
      int status = manager.getStatus();
      return status == Status.STATUS_ROLLING_BACK || status == Status.STATUS_ROLLEDBACK;
    } catch (SystemException e) {
      return false;
    }
  }
}
