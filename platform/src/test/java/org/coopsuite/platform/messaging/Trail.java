package org.coopsuite.platform.messaging;

import java.util.ArrayList;
import java.util.List;

import org.coopsuite.platform.projection.View;

/** A test view: the versions of one aggregate's events, in the order they were applied. */
public class Trail extends View {

    private List<Long> versions = new ArrayList<>();

    public Trail() {
    }

    public Trail(String id) {
        super(id);
    }

    public List<Long> getVersions() {
        return versions;
    }

    public void setVersions(List<Long> versions) {
        this.versions = versions;
    }
}
