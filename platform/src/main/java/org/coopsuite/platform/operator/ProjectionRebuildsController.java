package org.coopsuite.platform.operator;

import java.net.URI;
import java.util.List;

import org.coopsuite.platform.domain.NotFoundException;
import org.coopsuite.platform.rebuild.ProjectionRebuilds;
import org.coopsuite.platform.rebuild.ProjectionRebuilds.ProjectionInfo;
import org.coopsuite.platform.rebuild.ProjectionRebuilds.RebuildRunningException;
import org.coopsuite.platform.rebuild.Rebuild;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The projections of this service and their rebuilds for operators ({@code ./coop rebuild}): list
 * the projections, start a rebuild (or a dry run) of one, follow it, cancel it. Every service
 * has it, from the platform, beside {@link ParkedSequencesController}.
 */
@RestController
@RequestMapping("/api/operator")
@PreAuthorize("hasRole('OPERATOR')")
public class ProjectionRebuildsController {

    private final ProjectionRebuilds rebuilds;

    ProjectionRebuildsController(ProjectionRebuilds rebuilds) {
        this.rebuilds = rebuilds;
    }

    /** What a rebuild is asked for: a dry run compares and swaps nothing. */
    public record RebuildRequest(boolean dryRun) {
    }

    @GetMapping("/projections")
    List<ProjectionInfo> projections() {
        return rebuilds.projections();
    }

    @PostMapping("/projections/{collection}/rebuilds")
    ResponseEntity<Rebuild> start(@PathVariable String collection, @RequestBody(required = false) RebuildRequest body) {
        Rebuild started = rebuilds.start(collection, body != null && body.dryRun());
        return ResponseEntity.accepted().location(URI.create("/api/operator/rebuilds/" + started.id())).body(started);
    }

    @GetMapping("/rebuilds")
    List<Rebuild> list() {
        return rebuilds.list();
    }

    @GetMapping("/rebuilds/{id}")
    Rebuild show(@PathVariable String id) {
        return rebuilds.find(id).orElseThrow(() -> new NotFoundException("Rebuild", id));
    }

    @PostMapping("/rebuilds/{id}/cancellation")
    Rebuild cancel(@PathVariable String id) {
        return rebuilds.cancel(id);
    }

    @ExceptionHandler
    ResponseEntity<ProblemDetail> running(RebuildRunningException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, e.getMessage());
        problem.setTitle("Rebuild running");
        problem.setProperty("rebuild", e.rebuildId());
        return ResponseEntity.status(HttpStatus.CONFLICT)
                .location(URI.create("/api/operator/rebuilds/" + e.rebuildId())).body(problem);
    }
}
