package org.redgrid.support;

import java.time.Instant;
import java.util.List;
import org.redgrid.casework.CaseActionTaken;
import org.redgrid.casework.CaseEventKind;
import org.redgrid.casework.CaseStatus;

/** Case steps as the engine announces them, for tests that store or replay an announcement themselves. */
public final class CaseSteps {

    private CaseSteps() {}

    /** The street urges 桃园社区第一网格's worker about a case being handled. */
    public static CaseActionTaken urged(String number, String title, Instant at) {
        return new CaseActionTaken(
                1L,
                number,
                title,
                "150105004015001",
                CaseEventKind.URGE,
                CaseStatus.HANDLING,
                5,
                "dxdl.street",
                "resident.zhang",
                "taoyuan.community",
                "taoyuan.grid1",
                List.of(),
                at,
                null,
                null,
                null);
    }
}
