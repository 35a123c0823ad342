package io.chataccess.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class LicenseHoldingsTest {

  @Test
  void answers_each_users_license_types_and_nothing_for_others() {
    LicenseHoldings holdings =
        LicenseHoldings.of(Map.of("ann", Set.of("web"), "bo", Set.of("web", "voice")));

    assertThat(holdings.licenseTypeIdsOf("ann")).containsExactly("web");
    assertThat(holdings.licenseTypeIdsOf("bo")).containsExactlyInAnyOrder("web", "voice");
    assertThat(holdings.licenseTypeIdsOf("cy")).isEmpty();
    assertThat(holdings.holders()).isEqualTo(2);
  }

  @Test
  void users_with_the_same_license_types_share_one_set() {
    LicenseHoldings holdings =
        LicenseHoldings.of(
            Map.of("ann", Set.of("web", "voice"), "bo", Set.of("voice", "web"), "cy", Set.of("x")));

    assertThat(holdings.licenseTypeIdsOf("ann")).isSameAs(holdings.licenseTypeIdsOf("bo"));
    assertThat(holdings.licenseTypeIdsOf("cy")).isNotSameAs(holdings.licenseTypeIdsOf("ann"));
  }

  @Test
  void a_realm_without_holders_has_none() {
    assertThat(LicenseHoldings.none().holders()).isZero();
    assertThat(LicenseHoldings.none().licenseTypeIdsOf("ann")).isEmpty();
  }
}
