package org.redgrid.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.postgresql.util.PSQLException;
import org.postgresql.util.ServerErrorMessage;
import org.springframework.dao.DataIntegrityViolationException;

class UnreadableInputTest {

    @Test
    void aRefusedWriteIsLoggedByItsRuleNeverByTheValuesTheServerRepeats() {
        var server = new ServerErrorMessage("SERROR\u0000C23505\u0000Mduplicate key value violates unique constraint"
                + "\u0000DKey (id_number_hash)=(abc) already exists; Failing row contains (张三, 13800138000)."
                + "\u0000tperson\u0000cid_number_hash\u0000nperson_id_number_hash_key\u0000");
        var refused = new DataIntegrityViolationException("insert", new PSQLException(server));

        String logged = UnreadableInput.whichRule(refused);

        assertThat(logged).contains("23505", "person_id_number_hash_key", "person");
        assertThat(logged).doesNotContain("张三", "13800138000", "abc");
    }
}
