package org.coopsuite.platform.query;

import org.coopsuite.platform.domain.NotFoundException;
import org.coopsuite.platform.projection.Projection;
import org.coopsuite.platform.projection.Projector;
import org.coopsuite.platform.projection.View;

/**
 * Reads a projection's views for the API: one by id, or a 404 problem naming it. What it answers
 * carries the view's domain fields only; the projection's bookkeeping ({@code revision},
 * {@code appliedVersions}) stays in the stored document.
 */
public class ViewQueries {

    private final Projector projector;

    public ViewQueries(Projector projector) {
        this.projector = projector;
    }

    /**
     * @param subject what the view is of, for the 404's detail, e.g. {@code Call}
     * @throws NotFoundException (404) when the projection holds no view of that id
     */
    public <V extends View> V byId(String subject, Projection<V> projection, String id) {
        return projector.find(projection, id).orElseThrow(() -> new NotFoundException(subject, id));
    }
}
