package org.coopsuite.dialogue.agenda.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The body of an agenda item added by hand, with its shape check. */
record AgendaItemBody(@NotBlank @Size(max = 500) String title) {
}
