package org.redgrid.training.internal;

import org.redgrid.shared.Conflict;
import org.redgrid.training.OrderStatus;

/** 点单 → 接单 → 排课: an open order is taken by one teacher, and a taken order is scheduled as one course. */
public final class OrderFlow {

    private OrderFlow() {}

    public static OrderStatus take(OrderStatus current) {
        if (current != OrderStatus.OPEN) {
            throw new Conflict("order.taken", "该需求已被接单", "the order has already been taken");
        }
        return OrderStatus.TAKEN;
    }

    public static OrderStatus schedule(OrderStatus current) {
        if (current != OrderStatus.TAKEN) {
            throw new Conflict(
                    "order.not-taken",
                    current == OrderStatus.OPEN ? "需求尚未被教师接单，不能排课" : "该需求已排课",
                    current == OrderStatus.OPEN
                            ? "an order is scheduled only once a teacher has taken it"
                            : "the order is already scheduled");
        }
        return OrderStatus.SCHEDULED;
    }
}
