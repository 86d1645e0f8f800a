package org.redgrid.open311.internal;

import org.redgrid.open311.Submission;
import org.redgrid.organization.BuildingView;
import org.redgrid.organization.Organization;
import org.redgrid.shared.DataScope;
import org.redgrid.shared.InvalidValue;
import org.redgrid.shared.NotFound;
import org.redgrid.shared.Text;
import org.springframework.stereotype.Component;

/**
 * Places a request in a grid inside the key's area, from {@code lat}/{@code long} (the grid that
 * contains the point, or the nearest one), else {@code address_id} (a grid code or a building id),
 * else {@code address_string} (when it matches buildings of exactly one grid).
 */
@Component
public class RequestLocator {

    private final Organization organization;

    RequestLocator(Organization organization) {
        this.organization = organization;
    }

    public Place place(DataScope scope, Submission submission) {
        String addressString = Text.optional("address_string", submission.addressString(), 200);
        String addressId = Text.optional("address_id", submission.addressId(), 32);
        String rawLat = Text.blankToNull(submission.lat());
        String rawLng = Text.blankToNull(submission.lng());
        if (rawLat != null || rawLng != null) return atPoint(scope, rawLat, rawLng, addressString, addressId);
        if (addressId != null) return atAddressId(scope, addressId, addressString);
        if (addressString != null) return atAddress(scope, addressString);
        throw new InvalidValue(
                "lat",
                "location.required",
                "须提供位置：lat 与 long、address_string 或 address_id",
                "a location is required: lat and long, address_string or address_id");
    }

    private Place atPoint(DataScope scope, String rawLat, String rawLng, String addressString, String addressId) {
        if (rawLat == null || rawLng == null) {
            throw new InvalidValue(
                    rawLat == null ? "lat" : "long",
                    "location.pair",
                    "lat 与 long 须同时提供",
                    "lat and long must be given together");
        }
        double lat = coordinate("lat", rawLat, 90);
        double lng = coordinate("long", rawLng, 180);
        String grid = organization
                .locateGridWithin(lat, lng, scope)
                .orElseThrow(() -> new InvalidValue(
                        "lat",
                        "location.in-scope",
                        "该位置不在本密钥的服务范围内，或附近没有网格",
                        "the location lies outside the key's area or near no grid"));
        return new Place(grid, lat, lng, addressString, addressId);
    }

    private Place atAddressId(DataScope scope, String addressId, String addressString) {
        if (addressId.matches("\\d{15}")) {
            if (!organization.gridExists(addressId) || !scope.contains(addressId)) {
                throw new InvalidValue(
                        "address_id",
                        "location.in-scope",
                        "address_id 不是本密钥服务范围内的网格",
                        "address_id is no grid inside the key's area");
            }
            return new Place(addressId, null, null, addressString, addressId);
        }
        if (!addressId.matches("\\d{1,12}")) {
            throw new InvalidValue(
                    "address_id",
                    "address-id.format",
                    "address_id 须为 15 位网格编码或楼栋编号",
                    "address_id must be a 15-digit grid code or a building id");
        }
        BuildingView building;
        try {
            building = organization.building(Long.parseLong(addressId));
        } catch (NotFound outside) {
            throw new InvalidValue(
                    "address_id",
                    "location.in-scope",
                    "address_id 不是本密钥服务范围内的楼栋",
                    "address_id is no building inside the key's area");
        }
        String address = addressString != null ? addressString : building.address();
        return new Place(building.gridCode(), null, null, address, addressId);
    }

    private Place atAddress(DataScope scope, String addressString) {
        String grid = organization
                .gridOfAddress(addressString, scope)
                .orElseThrow(() -> new InvalidValue(
                        "address_string",
                        "location.unresolved",
                        "无法将该地址定位到本密钥服务范围内的网格，请提供 lat/long 或 address_id",
                        "the address matches no single grid inside the key's area; give lat/long or address_id"));
        return new Place(grid, null, null, addressString, null);
    }

    private static double coordinate(String field, String raw, double limit) {
        try {
            double value = Double.parseDouble(raw.trim());
            if (Double.isFinite(value) && Math.abs(value) <= limit) return value;
        } catch (NumberFormatException e) {
            // answered below
        }
        throw new InvalidValue(
                field,
                "coordinate",
                field + " 须为 -" + (int) limit + " 到 " + (int) limit + " 之间的数",
                field + " must be a number between -" + (int) limit + " and " + (int) limit);
    }
}
