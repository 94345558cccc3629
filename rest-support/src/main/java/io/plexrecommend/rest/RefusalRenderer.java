package io.plexrecommend.rest;

import jakarta.ws.rs.core.Response;

/**
 * How a service words its refusals: the JSON services answer {@code {"error":…}} ({@link JsonRefusalRenderer}, the
 * default bean), ui-service a readable HTML notice. A service replaces the default with its own bean.
 */
public interface RefusalRenderer {

    Response render(Refusal refusal);
}
