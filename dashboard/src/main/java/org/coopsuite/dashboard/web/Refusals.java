package org.coopsuite.dashboard.web;

import org.coopsuite.dashboard.suite.ServiceRefused;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.client.RestClientException;

/** A refusal, of a service or of the dashboard, as a page that says what happened: never a stack trace. */
@ControllerAdvice
@org.springframework.stereotype.Controller
class Refusals {

    @ExceptionHandler(ServiceRefused.class)
    String refused(ServiceRefused e, Model model, jakarta.servlet.http.HttpServletResponse response) {
        response.setStatus(e.status());
        model.addAttribute("service", e.service().title());
        model.addAttribute("status", e.status());
        model.addAttribute("reason", e.status() == 403 ? "refused.forbidden" : e.status() == 404 ? "refused.notFound" : "refused.other");
        return "refused";
    }

    @ExceptionHandler(AccessDeniedException.class)
    @ResponseStatus(HttpStatus.FORBIDDEN)
    String denied(Model model) {
        model.addAttribute("service", "dashboard");
        model.addAttribute("status", 403);
        model.addAttribute("reason", "refused.forbidden");
        return "refused";
    }

    /** Where Spring Security forwards a request the user's role may not make, with its 403. */
    @org.springframework.web.bind.annotation.RequestMapping("/refused")
    String forbidden(Model model) {
        model.addAttribute("service", "dashboard");
        model.addAttribute("status", 403);
        model.addAttribute("reason", "refused.forbidden");
        return "refused";
    }

    @ExceptionHandler(RestClientException.class)
    @ResponseStatus(HttpStatus.BAD_GATEWAY)
    String unreachable(RestClientException e, Model model) {
        model.addAttribute("service", "suite");
        model.addAttribute("status", 502);
        model.addAttribute("reason", "refused.unreachable");
        return "refused";
    }
}
