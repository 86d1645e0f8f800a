package org.redgrid.training;

/** 接单: a teacher of the pool takes an order, for the school that will hold the course. */
public record TakeOrder(Long teacherId, Long schoolId) {}
