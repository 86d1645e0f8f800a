package org.redgrid.organization;

import java.util.List;

/** 楼栋: a building in a grid with its units (单元). */
public record BuildingView(long id, String gridCode, String name, String address, int units, List<String> unitNames) {}
