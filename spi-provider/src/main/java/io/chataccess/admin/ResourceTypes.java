package io.chataccess.admin;

/** The resource types of our admin events. */
final class ResourceTypes {

  static final String INBOX = "CHAT_ACCESS_INBOX";
  static final String LICENSE = "CHAT_ACCESS_LICENSE";
  static final String LICENSE_HOLDER = "CHAT_ACCESS_LICENSE_HOLDER";
  static final String ROLE = "CHAT_ACCESS_ROLE";
  static final String ASSIGNMENT = "CHAT_ACCESS_ASSIGNMENT";
  static final String PERMISSION = "CHAT_ACCESS_PERMISSION";
  static final String SETTINGS = "CHAT_ACCESS_SETTINGS";
  static final String SUSPENSION = "CHAT_ACCESS_SUSPENSION";
  static final String AUTHZEN_MAPPING = "CHAT_ACCESS_AUTHZEN_MAPPING";
  static final String WEBHOOK = "CHAT_ACCESS_WEBHOOK";

  private ResourceTypes() {}
}
