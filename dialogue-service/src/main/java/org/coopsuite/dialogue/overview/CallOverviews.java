package org.coopsuite.dialogue.overview;

import java.util.List;

/** Reads the call overviews the projection keeps. */
public interface CallOverviews {

    List<CallOverview> all();

    /** The calls of a strategic area; the report narrows them to a period itself. */
    List<CallOverview> inArea(String area);
}
