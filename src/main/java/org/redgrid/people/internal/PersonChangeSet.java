package org.redgrid.people.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.redgrid.people.PersonChanges;
import org.redgrid.shared.InvalidValue;
import org.redgrid.shared.PhoneNumber;
import org.redgrid.shared.PiiCipher;
import org.redgrid.shared.Text;

/** The fields a change names, checked, as an SQL set clause; knows which fields changed, never their values. */
record PersonChangeSet(String set, Map<String, Object> params, List<String> changed) {

    static PersonChangeSet of(PersonChanges changes, PiiCipher cipher) {
        List<String> changed = new ArrayList<>();
        Map<String, Object> params = new HashMap<>();
        StringBuilder set = new StringBuilder();
        if (changes.name() != null) {
            params.put("name", Text.required("name", changes.name(), 50));
            set.append(", name = :name");
            changed.add("name");
        }
        if (changes.phone() != null) {
            PhoneNumber phone = changes.phone().isBlank() ? null : PhoneNumber.parse("phone", changes.phone());
            params.put("phoneEnc", phone == null ? null : cipher.encrypt(phone.value()));
            params.put("phoneHash", phone == null ? null : cipher.hash(phone.value()));
            set.append(", phone_enc = cast(:phoneEnc as bytea), phone_hash = cast(:phoneHash as bytea)");
            changed.add("phone");
        }
        if (changes.ethnicity() != null) {
            if (changes.ethnicity().trim().length() > 20) {
                throw new InvalidValue("ethnicity", "max-length", "民族最多 20 个字符", "ethnicity is longer than 20");
            }
            params.put("ethnicity", Text.blankToNull(changes.ethnicity()));
            set.append(", ethnicity = cast(:ethnicity as varchar)");
            changed.add("ethnicity");
        }
        if (changes.relation() != null) {
            params.put("relation", changes.relation().name());
            set.append(", relation = :relation");
            changed.add("relation");
        }
        if (changes.tags() != null) {
            params.put("tags", Persons.cleanTags(changes.tags()).toArray(String[]::new));
            set.append(", tags = :tags");
            changed.add("tags");
        }
        if (changed.isEmpty()) {
            throw new InvalidValue("body", "changes.empty", "没有要修改的字段", "no field to change");
        }
        return new PersonChangeSet(set.substring(2), params, changed);
    }
}
