package org.redgrid.open311.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.redgrid.open311.Submission;
import org.redgrid.shared.InvalidValue;

class ReporterContactTests {

    private static Submission contact(String email, String firstName, String lastName, String phone) {
        return new Submission(
                "PART.STREET_LIGHT",
                null,
                null,
                null,
                null,
                email,
                "kiosk-07",
                "311-app-88",
                firstName,
                lastName,
                phone,
                "路灯不亮",
                null,
                Map.of());
    }

    @Test
    void theGivenDetailsBecomeOneJsonDocument() {
        assertThat(ReporterContact.of(contact("wangfang@example.com", "芳", "王", "13904711234")))
                .isEqualTo("{\"email\":\"wangfang@example.com\",\"first_name\":\"芳\",\"last_name\":\"王\","
                        + "\"phone\":\"13904711234\"}");
    }

    @Test
    void aReporterWhoGivesNoDetailsHasNone() {
        assertThat(ReporterContact.of(contact(null, " ", "", null))).isNull();
    }

    @Test
    void theDeviceAndAccountIdsAreNoContactDetails() {
        assertThat(ReporterContact.of(contact(null, null, null, "13904711234")))
                .doesNotContain("kiosk-07", "311-app-88");
    }

    @Test
    void anEmailThatIsNoAddressIsRefused() {
        assertThatThrownBy(() -> ReporterContact.of(contact("not-an-address", null, null, null)))
                .isInstanceOfSatisfying(
                        InvalidValue.class,
                        refused -> assertThat(refused.field()).isEqualTo("email"));
    }

    @Test
    void aPhoneThatIsNoPhoneNumberIsRefusedNamingTheField() {
        assertThatThrownBy(() -> ReporterContact.of(contact(null, null, null, "call me")))
                .isInstanceOfSatisfying(
                        InvalidValue.class,
                        refused -> assertThat(refused.field()).isEqualTo("phone"));
    }
}
