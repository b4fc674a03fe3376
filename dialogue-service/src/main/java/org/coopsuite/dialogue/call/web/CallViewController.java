package org.coopsuite.dialogue.call.web;

import org.coopsuite.dialogue.call.CallProjection;
import org.coopsuite.dialogue.call.CallView;
import org.coopsuite.platform.domain.NotFoundException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** This service's projection of calls, for dashboards. */
@RestController
@RequestMapping("/api/calls")
class CallViewController {

    private final MongoTemplate mongo;

    CallViewController(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @GetMapping("/{id}")
    CallView get(@PathVariable String id) {
        CallView view = mongo.findById(id, CallView.class, CallProjection.COLLECTION);
        if (view == null) {
            throw new NotFoundException("Call", id);
        }
        return view;
    }
}
