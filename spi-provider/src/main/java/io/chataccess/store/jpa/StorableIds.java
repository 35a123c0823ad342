package io.chataccess.store.jpa;

/**
 * Whether a text can name a stored row at all. Look-ups by an id or key a caller gave skip the
 * database for one that cannot: a NUL is refused by PostgreSQL's driver (an error, not "no row"),
 * and no row was ever written with one.
 */
final class StorableIds {

  private StorableIds() {}

  static boolean canExist(String idOrKey) {
    return idOrKey != null && idOrKey.indexOf('\0') < 0;
  }
}
